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

    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,6}");

    /** "International Criminal Court (ICC)": the acronym in brackets right after a name is one of its aliases. */
    static void addParentheticalAcronyms(Section section, List<Tok> toks, List<Found> out,
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
            Found name = byEnd.get(i);
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
