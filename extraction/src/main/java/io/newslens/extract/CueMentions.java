package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Mentions.*;

/**
 * Applies the context cues ({@link Descriptors}, {@link Datelines}, {@link ContextCues}, {@link Coordination})
 * to the mentions of one section: adds the names they find, sets the type they give.
 */
final class CueMentions {

    private CueMentions() {
    }

    /**
     * Names next to a descriptor ({@link Descriptors}): added when the model missed them, typed by the descriptor
     * when it tagged them; works' and events' names are dropped.
     */
    static void applyDescriptors(Section section, String text, List<Tok> toks, List<Found> found) {
        Descriptors.find(toks, d -> {
            List<Found> inside = new ArrayList<>();
            boolean overlaps = false;
            for (Found f : found) {
                if (f.section != section || f.to <= d.from() || f.from >= d.to()) {
                    continue;
                }
                overlaps = true;
                if (f.from >= d.from() && f.to <= d.to()) {
                    inside.add(f);
                }
            }
            switch (d.kind()) {
                case WORK, EVENT -> found.removeIf(f -> f.section == section && f.to > d.from() && f.from < d.to());
                default -> {
                    EntityType type = switch (d.kind()) {
                        case PERSON -> EntityType.PERSON;
                        case LOCATION -> EntityType.LOCATION;
                        default -> EntityType.ORGANIZATION;
                    };
                    if (!overlaps) {
                        if (d.to() - d.from() == 1 && Descriptors.isSentenceStart(toks, d.from())) {
                            return;
                        }
                        Found f = add(section, d.from(), d.to(), toks.get(d.from()).begin(), toks.get(d.to() - 1).end(),
                                text.substring(toks.get(d.from()).begin(), toks.get(d.to() - 1).end()), type, found);
                        if (f != null) {
                            f.cue = type;
                        }
                    } else {
                        for (Found f : inside) {
                            if (f.from == d.from() && f.to == d.to()) {
                                f.cue = type;
                            }
                        }
                    }
                }
            }
        });
    }

    /**
     * "Beenie Man, Buju Banton, Capleton and Vybz Kartel": the one item of a list whose tag disagrees with the
     * others takes theirs, when the model saw the name only there and nothing else speaks for its tag (a known
     * place, an institution, an organisation's head noun).
     */
    static void retypeFromList(Found item, EntityType type, List<Found> found) {
        String k = norm(item.text);
        for (Found f : found) {
            if (f != item && norm(f.text).equals(k)) {
                return;
            }
        }
        String[] w = words(item.text);
        Gazetteer.Kind place = Gazetteer.kind(item.text);
        if (item.cue != null || Lexicon.PLACES.contains(item.text) || Lexicon.COUNTRY_SYNONYMS.containsKey(k)
                || place == Gazetteer.Kind.COUNTRY || place == Gazetteer.Kind.REGION
                || Lexicon.isStateAbbreviation(item.text)
                || Lexicon.ORG_METONYMS.contains(k) || Lexicon.isDemonym(item.text)
                || w.length > 1 && Lexicon.ORG_HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return;
        }
        item.cue = type;
    }

    /** Untagged names by their sentence ({@link ContextCues}): speakers of "said", a person's organisation. */
    static void applyContextCues(Section section, String text, List<Tok> toks, List<Found> found) {
        boolean[] cov = new boolean[toks.size()];
        List<int[]> people = new ArrayList<>();
        for (Found f : found) {
            if (f.section == section) {
                for (int t = f.from; t < f.to && t < cov.length; t++) {
                    cov[t] = true;
                }
                if ((f.cue != null ? f.cue : f.label) == EntityType.PERSON) {
                    people.add(new int[]{f.from, f.to});
                }
            }
        }
        java.util.function.Consumer<ContextCues.Cue> apply = c -> {
            for (int t = c.from(); t < c.to(); t++) {
                if (cov[t]) {
                    return;
                }
            }
            if (add(section, c.from(), c.to(), toks.get(c.from()).begin(), toks.get(c.to() - 1).end(),
                    text.substring(toks.get(c.from()).begin(), toks.get(c.to() - 1).end()), c.type(), found) != null) {
                for (int t = c.from(); t < c.to(); t++) {
                    cov[t] = true;
                }
            }
        };
        ContextCues.affiliations(toks, cov, people, apply);
        ContextCues.speakers(toks, cov, apply);
    }

    /** Lists of names of one kind ({@link Coordination}): untagged items are added, one dissenting item retyped. */
    static void applyCoordination(Section section, String text, List<Tok> toks, List<Found> found) {
        for (Coordination.Added a : Coordination.find(section, toks, found)) {
            if (a.found() != null) {
                retypeFromList(a.found(), a.type(), found);
                continue;
            }
            int[] span = a.type() == EntityType.LOCATION ? ModelSpans.placeWithOf(text, toks, a.from(), a.to())
                    : new int[]{a.from(), a.to()}; // "Bay of Plenty, Waikato and Auckland"
            if (span[0] < a.from()) {
                found.removeIf(f -> f.section == section && f.to > span[0] && f.from < span[1]);
            }
            add(section, span[0], span[1], toks.get(span[0]).begin(), toks.get(span[1] - 1).end(),
                    text.substring(toks.get(span[0]).begin(), toks.get(span[1] - 1).end()), a.type(), found);
        }
    }

    static void applyDatelines(Section section, String text, List<Tok> toks, List<Found> found) {
        Datelines.find(toks, (span, type) -> {
            boolean seen = false;
            for (Found f : found) {
                if (f.section == section && f.from == span[0] && f.to == span[1]) {
                    f.cue = type;
                    seen = true;
                }
            }
            if (!seen) {
                found.removeIf(f -> f.section == section && f.to > span[0] && f.from < span[1]);
                Found f = add(section, span[0], span[1], toks.get(span[0]).begin(), toks.get(span[1] - 1).end(),
                        text.substring(toks.get(span[0]).begin(), toks.get(span[1] - 1).end()), type, found);
                if (f != null) {
                    f.cue = type;
                }
            }
        });
    }
}
