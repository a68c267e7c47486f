package io.newslens.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Mentions.*;

/** Document-level consistency: untagged occurrences of a name found elsewhere in the article are mentions too. */
final class Propagation {

    private Propagation() {
    }

    /** Untagged occurrences of a name found elsewhere in the article are mentions too ("Xi" after "Xi Jinping"). */
    static void propagate(Section section, String text, List<Tok> toks, List<Found> found) {
        Map<String, EntityType> names = new HashMap<>();
        Set<String> partials = new java.util.HashSet<>();
        int longest = 1;
        for (Found f : found) {
            if (f.label == EntityType.MISC) {
                continue;
            }
            String[] w = f.text.split("\\s+");
            longest = Math.max(longest, w.length);
            names.putIfAbsent(f.text, f.label);
            if (f.label == EntityType.PERSON && w.length >= 2) {
                for (String part : new String[]{w[0], w[w.length - 1]}) {
                    if (part.length() > 1 && isCapitalized(part) && !Lexicon.isTitle(part)) {
                        if (names.putIfAbsent(part, EntityType.PERSON) == null) {
                            partials.add(part);
                        }
                    }
                }
            }
        }
        boolean[] cov = Mentions.covered(section, toks, found);
        for (int i = 0; i < toks.size(); i++) {
            if (cov[i] || !isCapitalized(toks.get(i).word())) {
                continue;
            }
            for (int len = Math.min(longest, toks.size() - i); len >= 1; len--) {
                boolean free = true;
                for (int t = i; t < i + len; t++) {
                    free &= !cov[t];
                }
                if (!free) {
                    continue;
                }
                String surface = text.substring(toks.get(i).begin(), toks.get(i + len - 1).end());
                EntityType type = names.get(surface);
                if (type != null && len == 1 && partials.contains(surface) && insideLongerName(toks, cov, i)) {
                    // "Man" of "Beenie Man" is not the "Man" of "Elephant Man"
                    type = null;
                }
                if (type != null) {
                    add(section, i, i + len, toks.get(i).begin(), toks.get(i + len - 1).end(), surface, type, found);
                    for (int t = i; t < i + len; t++) {
                        cov[t] = true;
                    }
                    break;
                }
            }
        }
    }

    /** Whether the untagged token {@code i} has untagged capitalised name words right beside it. */
    static boolean insideLongerName(List<Tok> toks, boolean[] cov, int i) {
        int s = toks.get(i).sentence();
        boolean before = i > 0 && !cov[i - 1] && toks.get(i - 1).sentence() == s
                && !Descriptors.isSentenceStart(toks, i - 1) && Descriptors.isNameWord(toks.get(i - 1).word());
        boolean after = i + 1 < toks.size() && !cov[i + 1] && toks.get(i + 1).sentence() == s
                && Descriptors.isNameWord(toks.get(i + 1).word());
        return before || after;
    }
}
