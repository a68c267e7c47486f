package io.newslens.extract;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Acronyms.*;

/** Decides the type of a group of mentions, and of an entity, from the model's labels and the cues. */
final class Typing {

    private Typing() {
    }

    static boolean isPersonish(List<Found> g) {
        return personShare(g) > 0;
    }

    static int personShare(List<Found> g) {
        int n = 0;
        for (Found f : g) {
            if (f.label == EntityType.PERSON) {
                n++;
            }
        }
        return n;
    }

    static EntityType decideType(List<Found> ms) {
        // the type of the fullest member group wins over short forms; within it, vote
        Map<EntityType, Integer> count = new EnumMap<>(EntityType.class);
        int maxWords = 0;
        for (Found f : ms) {
            maxWords = Math.max(maxWords, words(f.text).length);
        }
        for (Found f : ms) {
            int w = words(f.text).length == maxWords ? 3 : 1;
            count.merge(f.label, w, Integer::sum);
        }
        String name = fullestName(ms);
        if (namedByOrgMetonym(ms)) {
            return EntityType.ORGANIZATION;
        }
        if (Lexicon.PLACES.contains(name) && !(majority(count, EntityType.PERSON) == EntityType.PERSON
                && actsAsPerson(ms))) {
            return EntityType.LOCATION;
        }
        EntityType cue = cueType(ms);
        if (cue != null) {
            return cue;
        }
        String[] w = words(name);
        String head = w.length == 0 ? "" : w[w.length - 1].toLowerCase(Locale.ROOT);
        for (int k = 1; k < w.length - 1; k++) {
            if (w[k].equals("of")) {
                // "Development Authority of Bulloch County", "Bay of Plenty": the head comes before "of"
                head = w[k - 1].toLowerCase(Locale.ROOT);
                break;
            }
        }
        EntityType best = majority(count, EntityType.PERSON);
        if (best == EntityType.PERSON && w.length >= 2 && mostlyInPlace(ms) && !actsAsPerson(ms)) {
            // "residents of Khan Younis", "strikes in Khan Younis": a name put in a place as often as not, never titled nor
            // speaking, is a place's however much it looks like a person's (the gazetteer spells it "Khan Yunis")
            return EntityType.LOCATION;
        }
        if (best != EntityType.LOCATION && isGazetteerPlace(ms, name, best)) {
            return EntityType.LOCATION;
        }
        if (best == EntityType.PERSON && w.length == 1 && !actsAsPerson(ms) && inOrAt(ms)) {
            // "published in Dawn", "an editor at Scribner": a one-word name no fuller name explains, never titled nor
            // speaking, put "in" or "at" something, is an organisation's (a place's is known to the gazetteer)
            return EntityType.ORGANIZATION;
        }
        if (best == EntityType.PERSON && w.length >= 2 && afterDefiniteArticle(ms, w.length) && !actsAsPerson(ms)) {
            // "the Bharat Rashtra Samithi (BRS)": a person's full name is not read with "the" in front
            EntityType other = majority(withoutPerson(count), EntityType.ORGANIZATION);
            return other == EntityType.MISC ? EntityType.ORGANIZATION : other;
        }
        if (w.length >= 2 && Lexicon.ORG_HEADS.contains(head) && best != EntityType.ORGANIZATION
                && !(head.equals("city") && best == EntityType.LOCATION && standsInPlace(ms))) {
            // "City" heads football clubs ("Manchester City host Leeds") and cities: the model's place stands where
            // a mention is put in a place ("in Gaza City")
            return EntityType.ORGANIZATION;
        }
        if (w.length >= 2 && Lexicon.PLACE_HEADS.contains(head) && best != EntityType.LOCATION) {
            return EntityType.LOCATION;
        }
        return best;
    }

    /**
     * Whether a mention of the group, its fullest name among them, is an organisation's well-known name ("UN",
     * "Kremlin"): then the group is that organisation, whatever a dateline in capitals ("UNITED NATIONS, Dec 3 (Xinhua)
     * --") made of its full name.
     */
    private static boolean namedByOrgMetonym(List<Found> ms) {
        for (Found f : ms) {
            if (Lexicon.ORG_METONYMS.contains(norm(f.text))) {
                return true;
            }
        }
        return false;
    }

    /** Words before a mention that put it in a place: "in Harrison", "near Ojo", "across Telangana". */
    private static final java.util.Set<String> LOCATIVE = Lexicon.set("in", "near", "outside", "across",
            "throughout", "around", "within", "inside");
    /** Words that, with "of" after them, put the next name in a place: "west of Harrison", "the town of Ojo". */
    private static final java.util.Set<String> LOCATIVE_OF = Lexicon.set("north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "outskirts", "city", "town", "village", "state",
            "county", "district", "province", "region", "suburb", "capital", "heart", "residents", "people");

    /**
     * Whether the gazetteer's evidence that this is a place outweighs the model's label. Context comes first: a
     * title ("Mr", "Sheriff") or a speech verb right after a mention ("Jordan said") keeps the model's label. Against
     * no such evidence, a country or first-level region ("Telangana", "Andhra Pradesh") is a place; a town or district
     * is one where a mention stands in a place ("in Gachibowli", "west of Harrison"), or, when the model took it for a
     * person, where its name has two words or more ("Oko Oba"): people's full names are seldom town names. An
     * organisation the model saw stays one unless the name is a country or region or stands in a place.
     */
    static boolean isGazetteerPlace(List<Found> ms, String name, EntityType best) {
        Gazetteer.Kind kind = Lexicon.isStateAbbreviation(name) ? Gazetteer.Kind.REGION : Gazetteer.kind(name);
        if (kind == null) {
            return false;
        }
        for (Found f : ms) {
            if (f.titled != null) {
                return false;
            }
            String after = f.after == null ? "" : f.after.toLowerCase(Locale.ROOT);
            if (speaks(f)
                    || after.equals("'s") && best == EntityType.PERSON && words(name).length == 1) {
                return false;
            }
        }
        boolean strong = kind == Gazetteer.Kind.COUNTRY || kind == Gazetteer.Kind.REGION;
        if (strong || standsInPlace(ms)) {
            return true;
        }
        return best == EntityType.PERSON && words(name).length >= 2;
    }

    /** Whether a mention follows "in" or "at" and none is a possessor. */
    private static boolean inOrAt(List<Found> ms) {
        boolean in = false;
        for (Found f : ms) {
            if (f.after != null && isPossessive(f.after)) {
                return false;
            }
            in |= f.before != null && (f.before.equalsIgnoreCase("in") || f.before.equalsIgnoreCase("at"));
        }
        return in;
    }

    /** Whether at least half the mentions stand in a place and none is a possessor ("in Smith's office"). */
    private static boolean mostlyInPlace(List<Found> ms) {
        int in = 0;
        for (Found f : ms) {
            if (f.after != null && isPossessive(f.after)) {
                return false;
            }
            if (standsInPlace(f)) {
                in++;
            }
        }
        return 2 * in >= ms.size();
    }

    /**
     * Nouns after a name that make it a place: "Hayward resident Brea Maria", "a Lagos native", "Ballarat council", "a
     * Central Otago man".
     */
    private static final java.util.Set<String> OF_PLACE = Lexicon.set("resident", "residents", "native", "natives",
            "council", "councils", "man", "woman", "boy", "girl", "teen", "teenager");

    /**
     * Whether a mention stands in a place: "in Harrison", "west of Harrison", "the town of Ojo", "Hayward
     * residents".
     */
    private static boolean standsInPlace(List<Found> ms) {
        for (Found f : ms) {
            if (standsInPlace(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean standsInPlace(Found f) {
        String before = f.before == null ? "" : f.before.toLowerCase(Locale.ROOT);
        String before2 = f.before2 == null ? "" : f.before2.toLowerCase(Locale.ROOT);
        return LOCATIVE.contains(before) || before.equals("of") && LOCATIVE_OF.contains(before2)
                || f.after != null && OF_PLACE.contains(f.after.toLowerCase(Locale.ROOT));
    }

    /** Whether a mention of the full name ({@code words} long) follows "the" ("the Bharat Rashtra Samithi"). */
    private static boolean afterDefiniteArticle(List<Found> ms, int words) {
        for (Found f : ms) {
            if (words(f.text).length == words && f.before != null && f.before.equalsIgnoreCase("the")) {
                return true;
            }
        }
        return false;
    }

    private static Map<EntityType, Integer> withoutPerson(Map<EntityType, Integer> count) {
        Map<EntityType, Integer> rest = new EnumMap<>(count);
        rest.remove(EntityType.PERSON);
        return rest;
    }

    /** Whether a mention bears a title or is followed by a speech verb: "Jordan said", "Mr Jordan". */
    static boolean actsAsPerson(List<Found> ms) {
        for (Found f : ms) {
            if (f.titled != null || speaks(f)) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a name is another noun's complement: "residents of X said" is the residents speaking. */
    private static final java.util.Set<String> COMPLEMENT = Lexicon.set("of", "for", "from", "in", "at");

    /** Whether a speech verb follows the mention as its own: "Jordan said", not "residents of Jordan said". */
    private static boolean speaks(Found f) {
        return f.after != null && Lexicon.isSpeechVerb(f.after)
                && (f.before == null || !COMPLEMENT.contains(f.before.toLowerCase(Locale.ROOT)));
    }

    static String fullestName(List<Found> ms) {
        String best = null;
        for (Found f : ms) {
            if (best == null || f.text.length() > best.length()
                    || ACRONYM.matcher(best.replace(".", "")).matches() && !ACRONYM.matcher(f.text.replace(".", "")).matches()) {
                best = f.text;
            }
        }
        return best;
    }

    /**
     * The type the descriptors next to these mentions agree on, or null: none, or they disagree, or a title
     * ("Mr", "President") or a two-word name tagged as a person's says it is a person's and they say otherwise.
     */
    static EntityType cueType(List<Found> g) {
        EntityType cue = null;
        boolean titled = false;
        for (Found f : g) {
            titled |= f.titled != null;
            if (f.cue != null) {
                if (cue != null && cue != f.cue) {
                    return null;
                }
                cue = f.cue;
            }
        }
        if (cue != null && cue != EntityType.PERSON) {
            for (Found f : g) {
                if (titled || f.cue == null && f.label == EntityType.PERSON && f.to - f.from >= 2) {
                    // "Mr X", or a first and last name the model tagged as a person's: the noun is the role
                    // ("camera operator John Smith"), not the kind of name
                    return null;
                }
            }
        }
        return cue;
    }

    static EntityType vote(List<Found> g) {
        EntityType cue = cueType(g);
        if (cue != null) {
            return cue;
        }
        Map<EntityType, Integer> count = new EnumMap<>(EntityType.class);
        for (Found f : g) {
            count.merge(f.label, 1, Integer::sum);
        }
        return majority(count, EntityType.MISC);
    }

    /** The type with the most votes, ties going to the earlier of PERSON, ORGANIZATION, LOCATION, MISC; or the fallback when none has any. */
    private static EntityType majority(Map<EntityType, Integer> count, EntityType none) {
        EntityType best = none;
        int bestN = 0;
        for (EntityType t : new EntityType[]{EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.MISC}) {
            int n = count.getOrDefault(t, 0);
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        return best;
    }
}
