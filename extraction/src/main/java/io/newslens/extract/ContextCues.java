package io.newslens.extract;

import java.util.List;
import java.util.Set;

/**
 * Capitalised names the model left untagged, found by the sentence they stand in: the subject or the inverted
 * subject of a speech verb is a person ("Sizzla said", "\"...,\" said Sizzla."), or an organisation when the name
 * ends with an organisation's head noun ("Riverline Trains tweeted"), and what follows a person's
 * "of" is the organisation they speak for ("Laura Brownlees of Save the Children").
 */
final class ContextCues {

    private ContextCues() {
    }

    /** A name found by its context: tokens {@code [from, to)} and its type. */
    record Cue(int from, int to, EntityType type) {
    }

    private static final Set<String> SAID = Lexicon.set("said", "says", "told", "added", "explained", "wrote",
            "tweeted", "posted", "urged", "warned", "announced", "confirmed", "stated", "apologised", "apologized");

    private static boolean isCapitalisedDemonym(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Lexicon.isDemonym(w);
    }

    /** A person, unless the name ends with an organisation's head noun ("Riverline Trains tweeted"). */
    private static EntityType speakerType(List<Tok> toks, int end) {
        return Lexicon.ORG_HEADS.contains(toks.get(end - 1).word().toLowerCase(java.util.Locale.ROOT))
                ? EntityType.ORGANIZATION : EntityType.PERSON;
    }

    private static final Set<String> BEFORE_SUBJECT = Lexicon.set(",", "and", "but", ":", "\"", "“", "”", "''",
            "``", "'");

    private static final Set<String> ORG_JOINERS = Lexicon.set("the", "of", "for", "&");

    /** Untagged names next to a speech verb; {@code covered[t]} is whether token t is already a mention. */
    static void speakers(List<Tok> toks, boolean[] covered, java.util.function.Consumer<Cue> out) {
        int n = toks.size();
        for (int v = 1; v < n; v++) {
            if (!SAID.contains(toks.get(v).word())) {
                continue;
            }
            // "Sizzla said"; "South Western Railway said": a word like "Western" belongs to an organisation's name
            int end = v;
            int start = end;
            boolean orgHead = speakerType(toks, end) == EntityType.ORGANIZATION;
            while (start - 1 >= 0 && end - start < 4 && toks.get(start - 1).sentence() == toks.get(v).sentence()
                    && !covered[start - 1] && (Descriptors.isNameWord(toks.get(start - 1).word())
                    || orgHead && start < end && isCapitalisedDemonym(toks.get(start - 1).word()))) {
                start--;
            }
            while (start < end && isCapitalisedDemonym(toks.get(start).word()) && !orgHead) {
                start++;
            }
            if (start < end) {
                boolean sentenceStart = Descriptors.isSentenceStart(toks, start);
                if (sentenceStart ? end - start >= 2 : BEFORE_SUBJECT.contains(toks.get(start - 1).word())) {
                    out.accept(new Cue(start, end, speakerType(toks, end)));
                }
            }
            // "..., said Sizzla."
            if (v + 1 < n && BEFORE_SUBJECT.contains(toks.get(v - 1).word())) {
                int s = v + 1;
                int e = s;
                while (e < n && e - s < 4 && toks.get(e).sentence() == toks.get(v).sentence() && !covered[e]
                        && Descriptors.isNameWord(toks.get(e).word())) {
                    e++;
                }
                if (e > s && (e >= n || toks.get(e).sentence() != toks.get(v).sentence()
                        || toks.get(e).word().equals(",") || toks.get(e).word().equals("."))) {
                    out.accept(new Cue(s, e, speakerType(toks, e)));
                }
            }
        }
    }

    /** "Laura Brownlees of Save the Children": the untagged name after a person's "of". */
    static void affiliations(List<Tok> toks, boolean[] covered, List<int[]> people, java.util.function.Consumer<Cue> out) {
        int n = toks.size();
        for (int[] p : people) {
            int of = p[1];
            if (of + 1 >= n || !toks.get(of).word().equals("of") || covered[of + 1]
                    || !Descriptors.isNameWord(toks.get(of + 1).word())) {
                continue;
            }
            int k = of + 1;
            int end = k;
            while (k < n && k - of < 8 && toks.get(k).sentence() == toks.get(of).sentence() && !covered[k]) {
                String w = toks.get(k).word();
                if (Descriptors.isNameWord(w)) {
                    k++;
                    end = k;
                } else if (k > of + 1 && ORG_JOINERS.contains(w)) {
                    k++;
                } else {
                    break;
                }
            }
            if (end < n && covered[end]) {
                continue;
            }
            out.accept(new Cue(of + 1, end, EntityType.ORGANIZATION));
        }
    }
}
