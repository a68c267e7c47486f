package io.newslens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Adds a mention found in the text, unless it is no entity (a demonym, a stop word, a prize's name). */
final class Mentions {

    private Mentions() {
    }

    /** The token list of the section being read, for look-ahead in {@link #add}. */
    static final ThreadLocal<List<Tok>> CURRENT = new ThreadLocal<>();

    static Found add(Section section, int from, int to, int begin, int end, String surface, EntityType type,
                             List<Found> out) {
        if (Lexicon.isDemonym(surface) || Lexicon.STOP_ENTITY.contains(surface.toLowerCase(Locale.ROOT))
                || io.newslens.page.SectionLabels.isSectionLabel(surface) || surface.indexOf('|') >= 0) {
            // a name never runs over a page's separator ("Politics News | Council approves ...")
            return null;
        }
        List<Tok> toks = CURRENT.get();
        if (toks != null && to < toks.size() && PRIZE_WORDS.contains(toks.get(to).word().toLowerCase(Locale.ROOT))) {
            // "the Golden Kinnaree awards": a prize, not an entity
            return null;
        }
        if (surface.indexOf('[') >= 0 || surface.indexOf(']') >= 0) {
            // "James [Maddison]": an editor's insertion in a quote completes the name the speaker used
            surface = surface.replaceAll("\\s*[\\[\\]]\\s*", " ").trim().replaceAll("\\s+", " ");
        }
        if (toks != null && from > 0 && from <= toks.size() && toks.get(from - 1).word().equalsIgnoreCase("the")
                && surface.endsWith(" Fire")) {
            // "the Smalley Fire": a wildfire's name, an event ("Cal Fire", without "the", is the agency)
            return null;
        }
        boolean inSection = toks != null && from < to && to <= toks.size();
        if (inSection && type != EntityType.PERSON && ModelSpans.namesAnOffice(toks, from, to)) {
            // "First Deputy Speaker of Parliament": an office, whoever found it
            return null;
        }
        if (inSection && ModelSpans.namesAPortfolio(surface, toks, from, to, type)) {
            return null;
        }
        if (toks != null && to < toks.size() && (toks.get(to).word().equals("War") || toks.get(to).word().equals("Wars"))) {
            // "a Vietnam War veteran": a war's name, an event, names no place
            return null;
        }
        if (toks != null && from < toks.size() && inListOfWorks(toks, from)) {
            // "23 novels, including Cathedral, Charm School and The Lion's Game": titles of works
            return null;
        }
        if (toks != null && namesDisease(toks, to)) {
            // "Alzheimer's disease", "Marburg virus": a disease's name, not a person or a place
            return null;
        }
        if (inSection && type != EntityType.PERSON && from > 0
                && ModelSpans.CLASS_PREFIXED.matcher(toks.get(from - 1).word()).matches()
                && toks.get(from - 1).end() + 1 == toks.get(from).begin()
                && toks.get(from - 1).sentence() == toks.get(from).sentence()) {
            // "uMzimkhulu Magistrate's Court": a Nguni name's lower-case class prefix opens the name, whoever found it
            Tok prefix = toks.get(from - 1);
            return add(section, from - 1, to, prefix.begin(), end, prefix.word() + " " + surface, type, out);
        }
        Found f = new Found(section, from, to, begin, end, surface, type);
        out.add(f);
        return f;
    }

    /**
     * Whether the mention at token {@code from} is an item of a list after "including" or "such as" that follows a
     * noun for works ("novels", "films", "albums").
     */
    static boolean inListOfWorks(List<Tok> toks, int from) {
        int k = from - 1;
        while (k >= 0 && from - k < 16) {
            String w = toks.get(k).word();
            if (w.equals("including") || w.equals("as") && k > 0 && toks.get(k - 1).word().equals("such")) {
                int n = w.equals("as") ? k - 2 : k - 1;
                if (n >= 0 && toks.get(n).word().equals(",")) {
                    n--;
                }
                return n >= 0 && Descriptors.WORK.contains(toks.get(n).word().toLowerCase(Locale.ROOT));
            }
            if (!(w.equals(",") || w.equals("and") || Names.isCapitalized(w) || Names.isPossessive(w))) {
                return false;
            }
            k--;
        }
        return false;
    }

    /** Which tokens of the section the mentions found so far cover. */
    static boolean[] covered(Section section, List<Tok> toks, List<Found> found) {
        boolean[] cov = new boolean[toks.size()];
        for (Found f : found) {
            if (f.section == section) {
                for (int t = f.from; t < f.to && t < cov.length; t++) {
                    cov[t] = true;
                }
            }
        }
        return cov;
    }

    /** Nouns that make the name before them a disease's: "Lyme disease", "Alzheimer's disease", "Zika virus". */
    private static final Set<String> DISEASE_WORDS = Set.of("disease", "diseases", "syndrome", "virus");

    static boolean namesDisease(List<Tok> toks, int to) {
        if (to >= toks.size()) {
            return false;
        }
        String next = toks.get(to).word();
        if (Names.isPossessive(next) && to + 1 < toks.size()) {
            next = toks.get(to + 1).word();
        }
        return DISEASE_WORDS.contains(next.toLowerCase(Locale.ROOT));
    }

    static final Set<String> PRIZE_WORDS = Set.of("award", "awards", "prize", "prizes", "trophy", "medal",
            "cup");
}
