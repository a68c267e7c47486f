package io.newslens.extract;

import java.util.List;
import java.util.Locale;

/**
 * Who a noun phrase refers to: a named entity, a pronoun resolved to an earlier subject of the right gender, a role
 * noun ("the Russian president") resolved by its demonym, a spokesperson or institution resolved to an organisation.
 */
final class Referents {

    private final List<Tok> toks;
    private final Entities.Result ents;
    private final int[] tokEntity;
    private final boolean[] tokQuoted;
    private final int[] sent;
    private final QuoteDoc doc;

    Referents(QuoteDoc doc) {
        this.toks = doc.toks;
        this.ents = doc.ents;
        this.tokEntity = doc.tokEntity;
        this.tokQuoted = doc.tokQuoted;
        this.sent = doc.sent;
        this.doc = doc;
    }

    static final java.util.Set<String> SPOKES = Lexicon.set("spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "representative", "statement", "source", "sources");

    static final java.util.Set<String> INSTITUTIONS = Lexicon.set("company", "firm", "ministry",
            "government", "department", "agency", "report", "study", "court", "group", "club", "union", "council",
            "committee", "board", "bank", "police", "army", "military", "party", "campaign", "organisation",
            "organization", "foundation", "charity", "commission", "office", "embassy", "administration", "regime",
            "kremlin", "federation", "association", "institute", "university", "newspaper", "paper", "website",
            "channel", "network", "broadcaster", "agency", "statement", "survey", "poll", "team", "side", "band",
            "label", "retailer", "bank", "insurer", "airline", "carmaker", "maker", "manufacturer", "operator",
            "regulator", "watchdog", "industry", "sector", "market", "carrier", "utility", "railway", "railroad",
            "hospital", "provider", "supplier", "publisher", "developer", "chain", "force", "service", "authority");

    private static final java.util.Set<String> MALE = Lexicon.set("mr", "sir", "lord", "king", "prince",
            "father", "brother", "he", "his", "him");

    private static final java.util.Set<String> FEMALE = Lexicon.set("mrs", "ms", "miss", "lady", "queen",
            "princess", "dame", "madam", "sister", "she", "her");

    /** One person speaking for an organisation, whom a writer may call "they". */
    private static final java.util.Set<String> ONE_SPOKESPERSON = Lexicon.set("spokesperson", "spokesman",
            "spokeswoman", "representative");

    /**
     * "A Rail Delivery Group spokesperson said ... . 'We intend ...,' they said.": "they" is the spokesperson named in
     * this sentence or the two before, with no person named since; otherwise (a group, "they" of many) nobody.
     */
    private Ref singularThey(int k) {
        for (int t = k - 1; t >= 0 && sent[t] >= sent[k] - 2; t--) {
            int e = tokEntity[t];
            if (e >= 0 && ents.entities().get(e).type() == EntityType.PERSON) {
                return null;
            }
            if (!tokQuoted[t] && ONE_SPOKESPERSON.contains(toks.get(t).word().toLowerCase(Locale.ROOT))) {
                return refAt(t, 0);
            }
        }
        return null;
    }

    /** A resolved referent: an entity and whether it can be "he"/"she" (a person, or an organisation's spokesperson). */
    record Ref(int entity, boolean animate) {
    }

    private final java.util.Map<Integer, java.util.Optional<Ref>> subjects = new java.util.HashMap<>();

    /** What the noun phrase ending at token {@code k} refers to: a named entity, pronoun or role noun. */
    Ref refAt(int k, int from) {
        if (k < from || k < 0 || tokQuoted[k]) {
            return null;
        }
        int e = tokEntity[k];
        if (e >= 0 && doc.speakerType(e)) {
            return new Ref(e, ents.entities().get(e).type() == EntityType.PERSON);
        }
        String w = toks.get(k).word().toLowerCase(Locale.ROOT);
        if (Lexicon.PERSON_PRONOUNS.contains(w)) {
            return resolvePronoun(k, w);
        }
        if (w.equals("they")) {
            return singularThey(k);
        }
        if (w.equals("it")) {
            // "It apologized": an organisation that was the subject of this sentence or one of the two before
            for (int sn = sent[k]; sn >= 0 && sn >= sent[k] - 2; sn--) {
                Ref r = sentenceSubject(sn);
                if (r != null && ents.entities().get(r.entity()).type() == EntityType.ORGANIZATION) {
                    return new Ref(r.entity(), false);
                }
            }
            return null;
        }
        if (SPOKES.contains(w) && k + 1 < toks.size() && tokEntity[k + 1] >= 0
                && ents.entities().get(tokEntity[k + 1]).type() == EntityType.PERSON) {
            return new Ref(tokEntity[k + 1], true); // "Spokesman Alan Jones"
        }
        if (SPOKES.contains(w)) {
            // "The Spokesperson, Lagos State Police Command, SP Benjamin Hundeyin, confirmed": the person named in
            // apposition speaks, not the organisation they speak for
            boolean comma = false;
            for (int j = k + 1; j < Math.min(toks.size(), k + 12); j++) {
                if (doc.isCueAt(j) || tokQuoted[j] || toks.get(j).word().equals(".")) {
                    break;
                }
                comma |= toks.get(j).word().equals(",");
                int pe = tokEntity[j];
                if (comma && pe >= 0 && ents.entities().get(pe).type() == EntityType.PERSON) {
                    return new Ref(pe, true);
                }
            }
            // "the Trafford Centre spokeswoman", "a spokesman for the Association ..."
            for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
                int oe = tokEntity[j];
                if (oe >= 0 && ents.entities().get(oe).type() == EntityType.ORGANIZATION) {
                    return new Ref(oe, true);
                }
            }
            for (int j = k + 1; j < Math.min(toks.size(), k + 10); j++) {
                int oe = tokEntity[j];
                if (oe >= 0 && ents.entities().get(oe).type() == EntityType.ORGANIZATION) {
                    return new Ref(oe, true);
                }
                if (doc.isCueAt(j)) {
                    break;
                }
            }
            // an organisation not named here: the one that was the subject just before, unless the phrase names
            // another one the model did not recognise ("a Conservative party spokesperson")
            for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
                String m = toks.get(j).word();
                if (Character.isUpperCase(m.charAt(0)) && tokEntity[j] < 0 && !m.equals("A") && !m.equals("The")) {
                    return null;
                }
            }
            for (int sn = sent[k] - 1; sn >= 0 && sn >= sent[k] - 2; sn--) {
                Ref r = sentenceSubject(sn);
                if (r != null && ents.entities().get(r.entity()).type() == EntityType.ORGANIZATION) {
                    return new Ref(r.entity(), true);
                }
            }
            return null;
        }
        if (INSTITUTIONS.contains(w) && k > 0 && isDeterminer(toks.get(k - 1).word())) {
            // "the ministry said": the organisation just named as a subject, if any; never a person
            for (int sn = sent[k]; sn >= 0 && sn >= sent[k] - 2; sn--) {
                Ref r = sn == sent[k] ? null : sentenceSubject(sn);
                if (r != null && ents.entities().get(r.entity()).type() == EntityType.ORGANIZATION) {
                    return new Ref(r.entity(), false);
                }
            }
            // else the organisation the article is about: the one it names most often, twice at least
            Integer main = mainOrganisation();
            return main == null ? null : new Ref(main, false);
        }
        if (isRoleHead(k, from)) {
            String demonym = null;
            for (int j = k - 1; j >= Math.max(from, k - 4); j--) {
                String m = toks.get(j).word();
                if (Lexicon.isDemonym(m)) {
                    demonym = m;
                }
                if (m.equalsIgnoreCase("the") || m.equalsIgnoreCase("his") || m.equalsIgnoreCase("her")) {
                    break;
                }
            }
            Integer p = resolveRole(k, demonym);
            return p == null ? null : new Ref(p, true);
        }
        return null;
    }

    private Integer mainOrganisation;
    private boolean mainOrganisationKnown;

    /** The organisation (not a platform) named most often in the body, with two mentions or more; ties go to the first. */
    private Integer mainOrganisation() {
        if (!mainOrganisationKnown) {
            mainOrganisationKnown = true;
            int[] count = new int[ents.entities().size()];
            int best = -1;
            for (Entities.BodyMention m : ents.bodyMentions()) {
                int e = m.entity();
                if (ents.entities().get(e).type() == EntityType.ORGANIZATION && doc.speakerType(e)) {
                    count[e]++;
                    if (best < 0 || count[e] > count[best]) {
                        best = e;
                    }
                }
            }
            mainOrganisation = best >= 0 && count[best] >= 2 ? best : null;
        }
        return mainOrganisation;
    }

    private static boolean isDeterminer(String w) {
        return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an")
                || w.equalsIgnoreCase("its") || w.equalsIgnoreCase("their");
    }

    /** "the Russian president", "the ex-Wallaby", "the British actor": a definite noun phrase naming no one. */
    private boolean isRoleHead(int k, int from) {
        String w = toks.get(k).word();
        int age = ageStart(k);
        if (age >= 0) {
            // "the 25-year-old said": a person named before, by their age
            return age - 1 >= from && toks.get(age - 1).word().equalsIgnoreCase("the");
        }
        if (!Character.isLetter(w.charAt(0)) || tokEntity[k] >= 0 || INSTITUTIONS.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.endsWith("s") && !Lexicon.ROLE_NOUNS.contains(lw)) {
            return false; // "the two men", "the leaders": a group, not one person
        }
        for (int j = k - 1; j >= Math.max(from, k - 3); j--) {
            String m = toks.get(j).word();
            if (m.equalsIgnoreCase("the")) {
                return Lexicon.ROLE_NOUNS.contains(w.toLowerCase(Locale.ROOT)) || j == k - 1 || j == k - 2;
            }
            if (tokEntity[j] >= 0 && ents.entities().get(tokEntity[j]).type() == EntityType.PERSON
                    || tokEntity[j] < 0 && !Character.isLetter(m.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");

    /** The first token of an age ending at token {@code k} ("25-year-old", or "25", "-", "year", "-", "old"), or -1. */
    private int ageStart(int k) {
        String w = toks.get(k).word();
        if (!w.isEmpty() && Character.isDigit(w.charAt(0)) && AGE.matcher(w).matches()) {
            return k;
        }
        if (w.equals("old") && k >= 4 && toks.get(k - 2).word().equals("year") && Names.isDash(toks.get(k - 1).word())
                && Names.isDash(toks.get(k - 3).word()) && NUMBER.matcher(toks.get(k - 4).word()).matches()) {
            return k - 4;
        }
        return -1;
    }

    /** The first entity (PERSON or ORGANIZATION preferred) mentioned in tokens [from, to). */
    Integer firstCandidate(int from, int to) {
        for (int t = from; t < to && t < toks.size(); t++) {
            if (tokQuoted[t]) {
                continue;
            }
            int e = tokEntity[t];
            if (e >= 0 && doc.speakerType(e)) {
                return e;
            }
            Ref r = null;
            if (doc.isPronoun(t)) {
                r = resolvePronoun(t, toks.get(t).word().toLowerCase(Locale.ROOT));
            } else if (Lexicon.ROLE_NOUNS.contains(toks.get(t).word().toLowerCase(Locale.ROOT))
                    || SPOKES.contains(toks.get(t).word().toLowerCase(Locale.ROOT))) {
                r = refAt(t, from);
            }
            if (r != null) {
                return r.entity();
            }
        }
        return null;
    }

    /** The leftmost entity in [from, to) of the given type that is not a preposition's object. */
    Integer leftmost(int from, int to, EntityType type) {
        for (int t = from; t < to && t < toks.size(); t++) {
            if (tokQuoted[t]) {
                continue;
            }
            int e = tokEntity[t];
            if (e >= 0 && doc.speakerType(e) && (type == null || ents.entities().get(e).type() == type)
                    && !doc.afterPreposition(t, from)) {
                return e;
            }
        }
        return null;
    }

    /**
     * The subject of a sentence: the first named entity, pronoun or role noun outside quotes that is not the object
     * of a preposition, persons first.
     */
    Ref sentenceSubject(int sentence) {
        java.util.Optional<Ref> cached = subjects.get(sentence);
        if (cached != null) {
            return cached.orElse(null);
        }
        subjects.put(sentence, java.util.Optional.empty()); // guards against cycles
        int from = doc.sentenceStart(sentence);
        int to = from;
        while (to < toks.size() && sent[to] == sentence) {
            to++;
        }
        Ref found = null;
        Ref org = null;
        int seen = 0;
        for (int t = from; t < to && seen < 50; t++) {
            if (tokQuoted[t] || QuoteDoc.isQuoteMark(toks.get(t).word())) {
                continue;
            }
            seen++;
            int e = tokEntity[t];
            if (e >= 0 && doc.speakerType(e) && !doc.afterPreposition(t, from)) {
                EntityType type = ents.entities().get(e).type();
                if (type == EntityType.PERSON) {
                    found = new Ref(e, true);
                    break;
                }
                if (org == null && type == EntityType.ORGANIZATION) {
                    org = new Ref(e, false);
                }
                continue;
            }
            String w = toks.get(t).word().toLowerCase(Locale.ROOT);
            if (SPOKES.contains(w) && t + 1 < to && tokEntity[t + 1] >= 0) {
                continue; // "Spokesman Alan Jones": the name follows
            }
            if (e < 0 && (Lexicon.PERSON_PRONOUNS.contains(w) || SPOKES.contains(w))) {
                Ref r = refAt(t, from);
                if (r != null) {
                    found = r;
                    break;
                }
            }
            if (doc.isCueAt(t) && org != null) {
                break;
            }
        }
        if (found == null) {
            found = org;
        }
        subjects.put(sentence, java.util.Optional.ofNullable(found));
        return found;
    }

    /** "he"/"she" at token {@code t}: the closest earlier sentence subject that can be one, else the closest person. */
    Ref resolvePronoun(int t, String pronoun) {
        int sentence = sent[t];
        int from = doc.sentenceStart(sentence);
        // an earlier subject in the same sentence: "Xi's words that he has ..."
        for (int k = from; k < t; k++) {
            int e = tokEntity[k];
            if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == EntityType.PERSON
                    && k + 1 < t && isPossessive(toks.get(nextOutside(k, e)).word()) && genderFits(e, pronoun)) {
                return new Ref(e, true);
            }
        }
        // the sentence's own subject: "Xi criticized what he called ..." — but not "Mr Putin, he said, was ..."
        Ref own = sentenceSubject(sentence);
        if (own != null && own.animate() && genderFits(own.entity(), pronoun)) {
            int first = -1;
            for (int k = from; k < t; k++) {
                if (tokEntity[k] == own.entity() && !tokQuoted[k]) {
                    first = k;
                    break;
                }
            }
            boolean parenthetical = t >= 2 && toks.get(t - 1).word().equals(",") && tokEntity[t - 2] == own.entity();
            if (first >= 0 && !parenthetical) {
                return own;
            }
        }
        for (int s = sentence - 1; s >= 0 && s >= sentence - 6; s--) {
            Ref r = sentenceSubject(s);
            if (r != null && r.animate() && genderFits(r.entity(), pronoun)) {
                return r;
            }
        }
        Integer p = nearestBefore(t, EntityType.PERSON);
        return p == null ? null : new Ref(p, true);
    }

    private int nextOutside(int k, int e) {
        while (k < toks.size() - 1 && tokEntity[k] == e) {
            k++;
        }
        return k;
    }

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    private boolean genderFits(int e, String pronoun) {
        String g = gender(e);
        if (g == null) {
            return true;
        }
        return g.equals(pronoun.equals("she") || pronoun.equals("her") ? "f" : "m");
    }

    private final java.util.Map<Integer, String> genders = new java.util.HashMap<>();

    /** "m", "f" or null, from the titles the article gives the entity ("Mr", "Ms"). */
    private String gender(int e) {
        return genders.computeIfAbsent(e, k -> {
            ExtractedEntity ent = ents.entities().get(k);
            if (ent.type() != EntityType.PERSON) {
                return "";
            }
            for (String a : ent.aliases()) {
                String first = Lexicon.key(a.split("\\s+")[0]);
                if (MALE.contains(first)) {
                    return "m";
                }
                if (FEMALE.contains(first)) {
                    return "f";
                }
            }
            return "";
        }).transform(g -> g.isEmpty() ? null : g);
    }

    /** "the Chinese leader": a person titled with that demonym, else the latest sentence subject, else the closest. */
    private Integer resolveRole(int t, String demonym) {
        if (demonym != null) {
            for (int k = t - 1; k >= 0; k--) {
                int e = tokEntity[k];
                if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == EntityType.PERSON
                        && titledWith(e, demonym)) {
                    return e;
                }
            }
            for (ExtractedEntity e : ents.entities()) {
                if (e.type() == EntityType.PERSON && titledWith(e.index(), demonym)) {
                    return e.index();
                }
            }
        }
        int sentence = sent[t];
        for (int s = sentence - 1; s >= 0 && s >= sentence - 4; s--) {
            Ref r = sentenceSubject(s);
            if (r != null && ents.entities().get(r.entity()).type() == EntityType.PERSON
                    && (demonym == null || !titledOtherwise(r.entity(), demonym))) {
                return r.entity();
            }
        }
        for (int k = t - 1; k >= 0; k--) {
            int e = tokEntity[k];
            if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == EntityType.PERSON
                    && (demonym == null || !titledOtherwise(e, demonym))) {
                return e;
            }
        }
        return null;
    }

    private Integer nearestBefore(int t, EntityType type) {
        for (int k = t - 1; k >= 0; k--) {
            int e = tokEntity[k];
            if (e >= 0 && !tokQuoted[k] && ents.entities().get(e).type() == type) {
                return e;
            }
        }
        return null;
    }

    private boolean titledWith(int e, String demonym) {
        for (String a : ents.entities().get(e).aliases()) {
            if (a.toLowerCase(Locale.ROOT).startsWith(demonym.toLowerCase(Locale.ROOT) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person is titled with a different demonym ("Chinese President Xi" is not "the Russian president"). */
    private boolean titledOtherwise(int e, String demonym) {
        for (String a : ents.entities().get(e).aliases()) {
            String first = a.split("\\s+")[0];
            if (Lexicon.isDemonym(first) && !first.equalsIgnoreCase(demonym)) {
                return true;
            }
        }
        return false;
    }
}
