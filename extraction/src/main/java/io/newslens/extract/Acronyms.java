package io.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Mentions.*;

/** Acronyms: "International Criminal Court (ICC)" in brackets, initials that match a longer name. */
final class Acronyms {

    private Acronyms() {
    }

    static final Set<String> ACRONYM_SKIP = Set.of("of", "for", "the", "and", "&", "de", "du", "des",
            "la", "le", "on", "in", "at", "to", "und", "a", "an");

    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,6}|[0-9][A-Z][A-Z0-9&]{1,5}");

    /** "International Criminal Court (ICC)": the acronym in brackets right after a name is one of its aliases. */
    static void addParentheticalAcronyms(Section section, String text, List<Tok> toks, List<Found> out,
                                                 List<Found[]> links) {
        Map<Integer, Found> byEnd = new HashMap<>();
        for (Found f : out) {
            if (f.section == section) {
                byEnd.put(f.to, f);
            }
        }
        List<Found> extra = new ArrayList<>();
        for (int i = 0; i + 2 < toks.size(); i++) {
            if (!isOpenParen(toks.get(i).word()) || !isCloseParen(toks.get(i + 2).word())) {
                continue;
            }
            Tok acr = toks.get(i + 1);
            String letters = acr.word().replace(".", "");
            if (!ACRONYM.matcher(letters).matches()) {
                continue;
            }
            int[] run = spelledRun(toks, i, letters);
            if (run != null && ModelSpans.namesAnOffice(toks, run[0], i)) {
                // "Member of Parliament (MP)", "the National Director of Public Prosecutions (NDPP)": an office and
                // its short form, no entity either
                int at = i + 1;
                out.removeIf(f -> f.section == section && f.from == at && f.to == at + 1);
                continue;
            }
            Found name = byEnd.get(i);
            if (name == null || name.label != EntityType.PERSON && !acronymOf(letters, name.text.split("\\s+"))) {
                // no name before the brackets, or a shorter one than the letters spell ("Development Berhad" of
                // "1Malaysia Development Berhad (1MDB)")
                Found whole = spelledOut(section, text, toks, run, extra);
                if (whole != null) {
                    out.removeIf(f -> f.section == section && f.to == whole.to && f.from > whole.from);
                    name = whole;
                }
            }
            boolean initials = name != null && acronymOf(letters, name.text.split("\\s+"));
            if (name == null || isAllCaps(name.text) || name.label == EntityType.PERSON && !initials) {
                // "WASHINGTON (AP) -": a dateline, the agency is not the place's acronym; a person's brackets are
                // their initials ("K Chandrashekhar Rao (KCR)") or something else ("Smith (R)", "Jones (pictured)")
                continue;
            }
            if (i + 3 < toks.size() && toks.get(i + 3).paragraph() == acr.paragraph()
                    && (toks.get(i + 3).word().equals(":") || isDash(toks.get(i + 3).word()))
                    && !initials) {
                // "CHEROKEE COUNTY, Texas (KETK) -": a credit before a dash or colon is the outlet's (Datelines),
                // unless its letters are the name's initials
                continue;
            }
            Found already = null;
            for (Found f : out) {
                if (f.section == section && f.from == i + 1) {
                    already = f;
                    break;
                }
            }
            if (already == null) {
                already = new Found(section, i + 1, i + 2, acr.begin(), acr.end(), acr.word(), name.label);
                extra.add(already);
            }
            // the brackets say it is the same referent, whatever its initials
            links.add(new Found[]{already, name});
        }
        out.addAll(extra);
    }

    /**
     * "The Bruhat Bengaluru Mahanagara Palike (BBMP)": capitalised words right before an acronym in brackets, whose
     * initials spell it, name what it stands for even where the model saw no name there (it seldom knows names in
     * Indian, African or other languages' words). The shortest such run of two or more words is taken, as an
     * organisation's (most acronyms defined in news are; the gazetteer retypes a country's), and added to
     * {@code extra}; null when there is none.
     */
    private static Found spelledOut(Section section, String text, List<Tok> toks, int[] run, List<Found> extra) {
        if (run == null) {
            return null;
        }
        int begin = toks.get(run[0]).begin();
        int end = toks.get(run[1] - 1).end();
        Found f = new Found(section, run[0], run[1], begin, end, text.substring(begin, end), EntityType.ORGANIZATION);
        extra.add(f);
        return f;
    }

    /**
     * The shortest run of two or more capitalised words (joining words allowed inside) that ends right before the
     * bracket at {@code open}, in its sentence, and whose initials spell {@code letters}, as {from, open}; or null.
     */
    private static int[] spelledRun(List<Tok> toks, int open, String letters) {
        int sentence = toks.get(open).sentence();
        for (int from = open - 2; from >= 0 && from >= open - 2 * letters.length(); from--) {
            Tok first = toks.get(from);
            if (first.sentence() != sentence) {
                return null;
            }
            String w = first.word();
            boolean capital = isCapitalized(w) || w.length() > 1 && Character.isDigit(w.charAt(0))
                    && Character.isUpperCase(w.charAt(1)); // "1Malaysia Development Berhad (1MDB)"
            if (!capital && !ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (!capital || ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String[] words = new String[open - from];
            for (int k = from; k < open; k++) {
                words[k - from] = toks.get(k).word();
            }
            if (acronymOf(letters, words)) {
                return new int[]{from, open};
            }
        }
        return null;
    }

    static final Pattern MIXED_ACRONYM = Pattern.compile("[A-Z][a-z]{2,5}");

    /** Whether the letters of {@code acr} are the initials of {@code words}, joining words optional. */
    static boolean acronymOf(String acr, String[] words) {
        return acronymFrom(acr.toUpperCase(Locale.ROOT), 0, words, 0);
    }

    /** Corporate suffixes an acronym leaves out: AWI for "Armstrong World Industries, Inc.". */
    static final Set<String> CORPORATE_SUFFIXES = Set.of("inc", "corp", "co", "ltd", "llc", "plc", "lp", "ag", "sa",
            "nv", "gmbh", "limited", "incorporated");

    static boolean acronymFrom(String acr, int a, String[] w, int k) {
        if (k == w.length) {
            return a == acr.length();
        }
        if (a == acr.length() && k == w.length - 1
                && CORPORATE_SUFFIXES.contains(w[k].toLowerCase(Locale.ROOT).replace(".", "").replace(",", ""))) {
            return true;
        }
        String word = w[k];
        if (word.isEmpty()) {
            return acronymFrom(acr, a, w, k + 1);
        }
        boolean joiner = ACRONYM_SKIP.contains(word.toLowerCase(Locale.ROOT));
        if (word.length() > 1 && Character.isDigit(word.charAt(0)) && a + 1 < acr.length()
                && acr.charAt(a) == word.charAt(0) && acr.charAt(a + 1) == word.charAt(1)
                && acronymFrom(acr, a + 2, w, k + 1)) {
            return true; // "1Malaysia" gives "1M" to "1MDB"
        }
        if (a < acr.length() && Character.toUpperCase(word.charAt(0)) == acr.charAt(a)
                && acronymFrom(acr, a + 1, w, k + 1)) {
            return true;
        }
        return joiner && acronymFrom(acr, a, w, k + 1);
    }

    static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : words(name)) {
            if (w.isEmpty() || ACRONYM_SKIP.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }
}
