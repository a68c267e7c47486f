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
        if (Lexicon.isDemonym(surface) || Lexicon.STOP_ENTITY.contains(surface.toLowerCase(Locale.ROOT))) {
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
        Found f = new Found(section, from, to, begin, end, surface, type);
        out.add(f);
        return f;
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

    static final Set<String> PRIZE_WORDS = Set.of("award", "awards", "prize", "prizes", "trophy", "medal",
            "cup");
}
