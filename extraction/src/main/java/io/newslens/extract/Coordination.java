package io.newslens.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names coordinated in one list are names of one kind: in "Beenie Man, Sizzla, Elephant Man and Buju Banton" or
 * "Europay, Mastercard and Visa", the capitalised items the model left untagged take the type that the tagged
 * items agree on. A list is two or more capitalised items joined by commas and a final "and", "or" or "&".
 */
final class Coordination {

    private Coordination() {
    }

    /** One item of a list: tokens {@code [from, to)}, the mention that covers it (or null) and its type. */
    private record Item(int from, int to, Found found, EntityType type) {
    }

    /**
     * The untagged items of lists in one section, with the type their list gives them ({@code found} null); or a
     * tagged item whose type is the only one in its list to disagree with at least two others ({@code found}).
     */
    record Added(int from, int to, EntityType type, Found found) {
    }

    static List<Added> find(Section section, List<Tok> toks, List<Found> found) {
        int n = toks.size();
        Found[] startsAt = new Found[n];
        boolean[] covered = new boolean[n];
        for (Found f : found) {
            if (f.section != section) {
                continue;
            }
            if (f.from < n && (startsAt[f.from] == null || startsAt[f.from].to < f.to)) {
                startsAt[f.from] = f;
            }
            for (int t = f.from; t < f.to && t < n; t++) {
                covered[t] = true;
            }
        }
        List<Added> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            Item first = item(toks, startsAt, covered, i);
            if (first == null) {
                i++;
                continue;
            }
            List<Item> items = new ArrayList<>();
            items.add(first);
            boolean conjunction = false;
            int p = first.to();
            while (p < n && toks.get(p).sentence() == toks.get(first.from()).sentence()) {
                int q = p;
                boolean and = false;
                if (toks.get(q).word().equals(",")) {
                    q++;
                }
                if (q < n && isConjunction(toks.get(q).word())) {
                    q++;
                    and = true;
                }
                if (q == p || q >= n || toks.get(q).sentence() != toks.get(p).sentence()) {
                    break;
                }
                Item next = item(toks, startsAt, covered, q);
                if (next == null) {
                    break;
                }
                items.add(next);
                conjunction |= and;
                p = next.to();
                if (and) {
                    break;
                }
            }
            if (items.size() >= 2 && conjunction) {
                spread(toks, items, out);
            }
            i = Math.max(i + 1, items.size() >= 2 ? p : first.to());
        }
        return out;
    }

    private static void spread(List<Tok> toks, List<Item> items, List<Added> out) {
        Map<EntityType, Integer> count = new EnumMap<>(EntityType.class);
        int typed = 0;
        for (Item it : items) {
            if (it.type() != null && it.type() != EntityType.MISC) {
                count.merge(it.type(), 1, Integer::sum);
                typed++;
            }
        }
        EntityType best = null;
        int bestN = 0;
        for (Map.Entry<EntityType, Integer> e : count.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        if (best == null || bestN * 2 <= typed) {
            return;
        }
        for (Item it : items) {
            if (it.found() != null) {
                if (bestN >= 2 && typed - bestN == 1 && it.type() != best && it.type() != EntityType.MISC) {
                    out.add(new Added(it.from(), it.to(), best, it.found()));
                }
                continue;
            }
            if (it.to() - it.from() == 1 && Descriptors.isSentenceStart(toks, it.from())) {
                continue;
            }
            if (it.to() + 1 < toks.size() && Character.isLowerCase(toks.get(it.to()).word().charAt(0))
                    && Descriptors.isNameWord(toks.get(it.to() + 1).word())) {
                // "Lord Falconer and Downing Street adviser Baroness Morgan": a modifier of the next name's role
                continue;
            }
            EntityType type = best;
            if (type == EntityType.PERSON && isAllCaps(toks, it)) {
                // people's names are not written in capitals: "TOK" among singers is a band
                type = EntityType.ORGANIZATION;
            }
            out.add(new Added(it.from(), it.to(), type, null));
        }
    }

    private static Item item(List<Tok> toks, Found[] startsAt, boolean[] covered, int i) {
        Found f = startsAt[i];
        if (f != null) {
            return new Item(f.from, f.to, f, f.cue != null ? f.cue : f.label);
        }
        if (covered[i] || !Descriptors.isNameWord(toks.get(i).word())) {
            return null;
        }
        int end = Descriptors.nameEnd(toks, i, i);
        for (int t = i; t < end; t++) {
            if (covered[t]) {
                end = t;
                break;
            }
        }
        return end > i ? new Item(i, end, null, null) : null;
    }

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("or") || w.equals("&");
    }

    private static boolean isAllCaps(List<Tok> toks, Item it) {
        for (int t = it.from(); t < it.to(); t++) {
            if (!Names.isAllCaps(toks.get(t).word())) {
                return false;
            }
        }
        return true;
    }
}
