package io.newslens.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns NER-tagged tokens into entities: one per referent within the article, with aliases and mentions. */
final class Entities {

    /** A mention found in the text. {@code from}/{@code to} are token indices in its section's token list. */
    static final class Found {
        final Section section;
        final int from;
        final int to;
        final int begin;
        final int end;
        final String text;
        final EntityType label;
        String titled;
        /** The type a descriptor next to this mention gives it ("distributor Jet Star"), or null. */
        EntityType cue;
        int group = -1;

        Found(Section section, int from, int to, int begin, int end, String text, EntityType label) {
            this.section = section;
            this.from = from;
            this.to = to;
            this.begin = begin;
            this.end = end;
            this.text = text;
            this.label = label;
        }
    }

    /** The outcome: entities plus the body mentions with their entity index, in text order. */
    record Result(List<ExtractedEntity> entities, List<BodyMention> bodyMentions) {
    }

    /** A mention in the body, pointing to its entity. */
    record BodyMention(int from, int to, int begin, int end, int entity) {
    }

    private static final Set<String> ACRONYM_SKIP = Set.of("of", "for", "the", "and", "&", "de", "du", "des",
            "la", "le", "on", "in", "at", "to", "und", "a", "an");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,6}");
    private static final Pattern HAS_UPPER = Pattern.compile(".*\\p{Lu}.*");

    private Entities() {
    }

    /** The token list of the section being read, for look-ahead in {@link #add}. */
    private static final ThreadLocal<List<Tok>> CURRENT = new ThreadLocal<>();

    /** One field of the article: its section, its text and its tokens. */
    record Part(Section section, String text, List<Tok> toks) {
    }

    static Result resolve(String title, List<Tok> titleToks, String body, List<Tok> bodyToks) {
        return resolve(List.of(new Part(Section.TITLE, title, titleToks), new Part(Section.BODY, body, bodyToks)));
    }

    /** Resolves the entities of all parts together; the body part, if any, must be last. */
    static Result resolve(List<Part> parts) {
        try {
            return resolve0(parts);
        } finally {
            CURRENT.remove();
        }
    }

    private static Result resolve0(List<Part> parts) {
        List<Found> found = new ArrayList<>();
        for (Part p : parts) {
            CURRENT.set(p.toks());
            collect(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            addRuleMentions(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyDescriptors(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyDatelines(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            applyContextCues(p.section(), p.text(), p.toks(), found);
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            for (Coordination.Added a : Coordination.find(p.section(), p.toks(), found)) {
                if (a.found() != null) {
                    retypeFromList(a.found(), a.type(), found);
                    continue;
                }
                List<Tok> t = p.toks();
                add(p.section(), a.from(), a.to(), t.get(a.from()).begin(), t.get(a.to() - 1).end(),
                        p.text().substring(t.get(a.from()).begin(), t.get(a.to() - 1).end()), a.type(), found);
            }
        }
        for (Part p : parts) {
            CURRENT.set(p.toks());
            propagate(p.section(), p.text(), p.toks(), found);
        }
        CURRENT.remove();
        List<Found[]> links = new ArrayList<>();
        for (Part p : parts) {
            addParentheticalAcronyms(p.section(), p.toks(), found, links);
        }

        dropCommonWordsAndEvents(parts, found);
        // 1. group by normalised surface form
        List<List<Found>> groups = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        for (Found f : found) {
            String k = norm(f.text);
            Integer g = byKey.get(k);
            if (g == null) {
                g = groups.size();
                byKey.put(k, g);
                groups.add(new ArrayList<>());
            }
            groups.get(g).add(f);
            f.group = g;
        }
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        EntityType[] votes = new EntityType[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            votes[i] = vote(groups.get(i));
        }

        for (Found[] link : links) {
            union(parent, link[0].group, link[1].group);
        }
        // 2. people named in part: "Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping"
        for (int i = 0; i < groups.size(); i++) {
            String[] words = words(groups.get(i).get(0).text);
            if (words.length != 1 || votes[i] == EntityType.MISC && !isPersonish(groups.get(i))) {
                continue;
            }
            int best = -1;
            int bestCount = -1;
            for (int j = 0; j < groups.size(); j++) {
                if (j == i || votes[j] != EntityType.PERSON) {
                    continue;
                }
                String[] full = words(groups.get(j).get(0).text);
                if (full.length < 2) {
                    continue;
                }
                boolean part = eqWord(full[0], words[0]) || eqWord(full[full.length - 1], words[0]);
                if (part && groups.get(j).size() > bestCount) {
                    best = j;
                    bestCount = groups.get(j).size();
                }
            }
            if (best >= 0 && (votes[i] == EntityType.PERSON || personShare(groups.get(i)) > 0
                    || votes[i] == EntityType.MISC || groups.get(i).size() <= groups.get(best).size() * 3)) {
                union(parent, i, best);
            }
        }
        // 2b. longer person names containing a shorter one: "Vladimir Putin" inside "Vladimir Vladimirovich Putin"
        // 3. acronyms: "ICC" -> "International Criminal Court"
        for (int i = 0; i < groups.size(); i++) {
            String t = groups.get(i).get(0).text.replace(".", "");
            boolean upper = ACRONYM.matcher(t).matches();
            boolean mixed = MIXED_ACRONYM.matcher(t).matches();
            if (!upper && !mixed || upper && votes[i] == EntityType.PERSON) {
                continue;
            }
            for (int j = 0; j < groups.size(); j++) {
                if (j == i || votes[j] == EntityType.PERSON || mixed && votes[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] full = words(groups.get(j).get(0).text);
                if (full.length >= 2 && acronymOf(t, full)) {
                    union(parent, i, j);
                    break;
                }
            }
        }
        // 3a. one country, several names: "US", "U.S.", "United States", "America"
        for (int i = 0; i < groups.size(); i++) {
            Integer ci = Lexicon.COUNTRY_SYNONYMS.get(norm(groups.get(i).get(0).text));
            if (ci == null) {
                continue;
            }
            for (int j = i + 1; j < groups.size(); j++) {
                if (ci.equals(Lexicon.COUNTRY_SYNONYMS.get(norm(groups.get(j).get(0).text)))) {
                    union(parent, i, j);
                }
            }
        }
        // 3a'. a party's adjective and its plural name: "Conservative" MP, the "Conservatives"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.ORGANIZATION) {
                continue;
            }
            String k = norm(groups.get(i).get(0).text);
            for (int j = 0; j < groups.size(); j++) {
                if (j != i && votes[j] == EntityType.ORGANIZATION && norm(groups.get(j).get(0).text).equals(k + "s")) {
                    union(parent, i, j);
                }
            }
        }
        // 3b. an organisation named by the start of its name: "Lycos" -> "Lycos Europe"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.ORGANIZATION) {
                continue;
            }
            String[] w = words(groups.get(i).get(0).text);
            for (int j = 0; j < groups.size(); j++) {
                if (j == i || votes[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] full = words(groups.get(j).get(0).text);
                if (full.length > w.length && startsWith(full, w)) {
                    union(parent, i, j);
                    break;
                }
            }
        }
        // 4. collect merged groups
        Map<Integer, List<Found>> merged = new LinkedHashMap<>();
        List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((Found f) -> f.section).thenComparingInt(f -> f.begin));
        for (Found f : ordered) {
            merged.computeIfAbsent(find(parent, f.group), k -> new ArrayList<>()).add(f);
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        List<BodyMention> bodyMentions = new ArrayList<>();
        for (List<Found> ms : merged.values()) {
            EntityType type = decideType(ms, parent, votes);
            if (type == null) {
                continue;
            }
            String name = fullestName(ms);
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(name);
            List<Mention> mentions = new ArrayList<>();
            for (Found f : ms) {
                aliases.add(f.text);
                if (f.titled != null && type == EntityType.PERSON) {
                    // "Chinese President Xi Jinping", "President Xi Jinping"
                    String[] tw = f.titled.split("\\s+");
                    int nameWords = f.text.split("\\s+").length;
                    for (int k = 0; k < tw.length - nameWords; k++) {
                        // "Chinese President Xi Jinping" -> "President Xi Jinping"; "Minister Lord Falconer" ->
                        // "Lord Falconer"; not "Executive Elon Musk"
                        if (k == 0 || Lexicon.isDemonym(tw[k - 1]) || Lexicon.HONORIFICS.contains(Lexicon.key(tw[k]))) {
                            aliases.add(String.join(" ", java.util.Arrays.copyOfRange(tw, k, tw.length)));
                        }
                    }
                }
                mentions.add(new Mention(f.section, f.begin, f.end, f.text));
            }
            int index = entities.size();
            entities.add(new ExtractedEntity(index, name, type, List.copyOf(aliases), List.copyOf(mentions)));
            for (Found f : ms) {
                if (f.section == Section.BODY) {
                    bodyMentions.add(new BodyMention(f.from, f.to, f.begin, f.end, index));
                }
            }
        }
        bodyMentions.sort(Comparator.comparingInt(BodyMention::begin));
        return new Result(List.copyOf(entities), List.copyOf(bodyMentions));
    }

    private static boolean isPersonish(List<Found> g) {
        return personShare(g) > 0;
    }

    private static int personShare(List<Found> g) {
        int n = 0;
        for (Found f : g) {
            if (f.label == EntityType.PERSON) {
                n++;
            }
        }
        return n;
    }

    private static EntityType decideType(List<Found> ms, int[] parent, EntityType[] votes) {
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
        String key = norm(name);
        if (Lexicon.ORG_METONYMS.contains(key)) {
            return EntityType.ORGANIZATION;
        }
        if (Lexicon.PLACES.contains(name)) {
            return EntityType.LOCATION;
        }
        EntityType cue = cueType(ms);
        if (cue != null) {
            return cue;
        }
        String[] w = words(name);
        String head = w.length == 0 ? "" : w[w.length - 1].toLowerCase(Locale.ROOT);
        EntityType best = null;
        int bestN = -1;
        for (EntityType t : new EntityType[]{EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION,
                EntityType.MISC}) {
            int n = count.getOrDefault(t, 0);
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        if (w.length >= 2 && Lexicon.ORG_HEADS.contains(head) && best != EntityType.ORGANIZATION) {
            return EntityType.ORGANIZATION;
        }
        return best;
    }

    private static String fullestName(List<Found> ms) {
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

    private static EntityType vote(List<Found> g) {
        EntityType cue = cueType(g);
        if (cue != null) {
            return cue;
        }
        Map<EntityType, Integer> count = new EnumMap<>(EntityType.class);
        for (Found f : g) {
            count.merge(f.label, 1, Integer::sum);
        }
        EntityType best = EntityType.MISC;
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

    /** Finds labelled spans in one section. */
    static void collect(Section section, String text, List<Tok> toks, List<Found> out) {
        int i = 0;
        while (i < toks.size()) {
            String label = toks.get(i).ner();
            if ("O".equals(label)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (true) {
                while (j < toks.size() && label.equals(toks.get(j).ner())
                        && toks.get(j).sentence() == toks.get(i).sentence()) {
                    j++;
                }
                // "National People's Congress": a possessive inside one name; "Stanford University's Hoover
                // Institute": two names, the first complete (it ends with an organisation's head noun)
                // a person's name has no possessive inside: "Chelsea's Raheem Sterling" is two names
                if (j + 1 < toks.size() && !"PERSON".equals(label) && isPossessive(toks.get(j).word())
                        && label.equals(toks.get(j + 1).ner())
                        && !Lexicon.ORG_HEADS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                    j += 2;
                    continue;
                }
                break;
            }
            // "European Council on Foreign Relations": two organisation pieces joined by "on"/"of"/"for"
            int skipThe = j + 2 < toks.size() && toks.get(j + 1).word().equals("the") ? 1 : 0;
            if ("ORGANIZATION".equals(label) && j + 1 + skipThe < toks.size() && NAME_JOINERS.contains(toks.get(j).word())
                    && !toks.get(j).word().equals("and") && !toks.get(j).word().equals("the")
                    && "ORGANIZATION".equals(toks.get(j + 1 + skipThe).ner())) {
                int k = j + 1 + skipThe;
                while (k < toks.size() && "ORGANIZATION".equals(toks.get(k).ner())) {
                    k++;
                }
                j = k;
            } else if ("ORGANIZATION".equals(label) && j + 1 < toks.size()
                    && (toks.get(j).word().equals("of") || toks.get(j).word().equals("for") || toks.get(j).word().equals("on"))
                    && Lexicon.ORG_HEADS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                // "European Council on Foreign Relations": an organisation's head noun with its complement
                int k = j + 1;
                while (k < toks.size() && "O".equals(toks.get(k).ner()) && isCapitalized(toks.get(k).word())
                        && Character.isLetter(toks.get(k).word().charAt(0)) && !FUNCTION_WORDS.contains(toks.get(k).word())
                        && !CALENDAR.contains(toks.get(k).word()) && toks.get(k).sentence() == toks.get(i).sentence()) {
                    k++;
                }
                if (k > j + 1) {
                    j = k;
                }
            }
            if ("LOCATION".equals(label) && hyphenatedPlaces(toks, i, j)) {
                // "Beijing-Moscow", "Russia-China": two places
                int a = i;
                for (int k = i; k <= j; k++) {
                    if (k == j || toks.get(k).word().equals("-") || toks.get(k).word().equals("–")) {
                        if (k > a) {
                            addSpan(section, text, toks, a, k, EntityType.LOCATION, out);
                        }
                        a = k + 1;
                    }
                }
                i = j;
                continue;
            }
            if ("ORGANIZATION".equals(label)) {
                // "Stanford University's Hoover Institute": two organisations
                boolean split = false;
                for (int k = i + 1; k < j - 1; k++) {
                    if (isPossessive(toks.get(k).word()) && completeName(toks.get(k - 1)) != null) {
                        addSpan(section, text, toks, i, k, EntityType.ORGANIZATION, out);
                        addSpan(section, text, toks, k + 1, j, EntityType.ORGANIZATION, out);
                        split = true;
                        break;
                    }
                }
                if (split) {
                    i = j;
                    continue;
                }
            }
            if ("PERSON".equals(label)) {
                // "Ray Charles biopic Ray": a person's name has no lower-case words but particles
                int a = i;
                for (int k = i; k <= j; k++) {
                    if (k == j || isBreakInName(toks.get(k).word())) {
                        if (k > a) {
                            addSpan(section, text, toks, a, k, EntityType.PERSON, out);
                        }
                        a = k + 1;
                    }
                }
            } else {
                addSpan(section, text, toks, i, j, toType(label), out);
            }
            i = j;
        }
    }

    private static void addSpan(Section section, String text, List<Tok> toks, int from, int to, EntityType type,
                                List<Found> out) {
        // strip leading titles / articles / demonyms, trailing possessives and punctuation
        int a = from;
        int b = to;
        while (a < b && (Lexicon.isTitle(toks.get(a).word()) && type == EntityType.PERSON
                || Lexicon.STOP_ENTITY.contains(Lexicon.key(toks.get(a).word()))
                || b - a > 1 && Lexicon.isDemonym(toks.get(a).word()) && type == EntityType.PERSON)) {
            a++;
        }
        while (b > a && isTrailingJunk(toks.get(b - 1).word())) {
            b--;
        }
        if (a >= b) {
            return;
        }
        // split hyphenated compounds of names: "China-Russia", "Moscow-Beijing"
        if (b - a == 1 && toks.get(a).word().indexOf('-') > 0) {
            Tok t = toks.get(a);
            String w = t.word();
            int off = 0;
            for (String part : w.split("-")) {
                if (part.length() > 1 && Character.isUpperCase(part.charAt(0)) && !Lexicon.isDemonym(part)) {
                    int pb = t.begin() + off;
                    add(section, a, b, pb, pb + part.length(), text.substring(pb, pb + part.length()), type, out);
                }
                off += part.length() + 1;
            }
            return;
        }
        int begin = toks.get(a).begin();
        int end = toks.get(b - 1).end();
        String surface = text.substring(begin, end);
        if (!HAS_UPPER.matcher(surface).matches()) {
            return;
        }
        if (Lexicon.isDemonym(surface) || surface.length() < 2) {
            return;
        }
        Found f = add(section, a, b, begin, end, surface, type, out);
        if (f != null && type == EntityType.PERSON) {
            int t = a;
            boolean sawTitle = false;
            while (t > 0 && t - 1 >= 0 && toks.get(t - 1).sentence() == toks.get(a).sentence()) {
                String w = toks.get(t - 1).word();
                if (!Character.isUpperCase(w.charAt(0))) {
                    break;
                }
                if (Lexicon.isTitle(w)) {
                    sawTitle = true;
                } else if (!Lexicon.isDemonym(w)) {
                    break;
                }
                t--;
            }
            while (t < a && !Lexicon.isTitle(toks.get(t).word()) && !sawTitleAfter(toks, t, a)) {
                t++;
            }
            if (sawTitle && t < a) {
                f.titled = text.substring(toks.get(t).begin(), end);
            }
        }
    }

    private static boolean sawTitleAfter(List<Tok> toks, int t, int a) {
        for (int k = t; k < a; k++) {
            if (Lexicon.isTitle(toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static Found add(Section section, int from, int to, int begin, int end, String surface, EntityType type,
                             List<Found> out) {
        if (Lexicon.isDemonym(surface) || Lexicon.STOP_ENTITY.contains(surface.toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Tok> toks = CURRENT.get();
        if (toks != null && to < toks.size() && PRIZE_WORDS.contains(toks.get(to).word().toLowerCase(Locale.ROOT))) {
            // "the Golden Kinnaree awards": a prize, not an entity
            return null;
        }
        Found f = new Found(section, from, to, begin, end, surface, type);
        out.add(f);
        return f;
    }

    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der",
            "den", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ter", "ten", "y", "zu");

    private static boolean isBreakInName(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)
                && !w.equals("'s") && !w.equals("’s");
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    static boolean isFunctionWord(String w) {
        return FUNCTION_WORDS.contains(w);
    }

    static boolean isCalendar(String w) {
        return CALENDAR.contains(w);
    }

    /**
     * Names next to a descriptor ({@link Descriptors}): added when the model missed them, typed by the descriptor
     * when it tagged them; works' and events' names are dropped.
     */
    private static void applyDescriptors(Section section, String text, List<Tok> toks, List<Found> found) {
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
                    EntityType type = d.kind() == Descriptors.Kind.PERSON ? EntityType.PERSON : EntityType.ORGANIZATION;
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

    /** Nouns after a name that make it an event's or a prize's: "the Golden Globes ceremony". */
    private static final Set<String> EVENT_AFTER = Lexicon.set("ceremony", "ceremonies", "festival", "gala",
            "championship", "championships", "tournament", "olympics", "awards", "award", "prize", "prizes");

    /**
     * Document-level checks on the mentions of one surface form, across the article: a capitalised word only
     * ever seen at the start of a sentence that the article also writes in lower case is a common word
     * ("Ephedrine was found" beside "the stimulant ephedrine"); an organisation or other name that is only
     * ever seen before "ceremony", "festival", "awards" is an event's or a prize's, not an entity.
     */
    private static void dropCommonWordsAndEvents(List<Part> parts, List<Found> found) {
        Map<Section, Part> bySection = new EnumMap<>(Section.class);
        for (Part p : parts) {
            bySection.put(p.section(), p);
        }
        Map<String, List<Found>> byText = new HashMap<>();
        for (Found f : found) {
            byText.computeIfAbsent(norm(f.text), k -> new ArrayList<>()).add(f);
        }
        Set<Found> drop = new java.util.HashSet<>();
        for (List<Found> g : byText.values()) {
            boolean allInitial = true;
            boolean allEvent = true;
            boolean placeOrPerson = false;
            boolean oneWord = true;
            for (Found f : g) {
                List<Tok> toks = bySection.get(f.section).toks();
                allInitial &= f.to - f.from == 1 && (Descriptors.isSentenceStart(toks, f.from)
                        || f.from > 0 && isOpeningQuote(toks.get(f.from - 1).word()));
                oneWord &= f.to - f.from == 1;
                allEvent &= f.to < toks.size() && EVENT_AFTER.contains(toks.get(f.to).word().toLowerCase(Locale.ROOT));
                placeOrPerson |= f.label == EntityType.LOCATION || f.label == EntityType.PERSON || f.cue != null;
            }
            String w = g.get(0).text;
            if (allInitial && oneWord && f0Capitalized(w) && occursInLowerCase(parts, w)
                    || allEvent && !placeOrPerson) {
                drop.addAll(g);
            }
        }
        found.removeIf(drop::contains);
    }

    private static boolean f0Capitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isAllCaps(w);
    }

    private static boolean isOpeningQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("``") || w.equals("'") || w.equals("‘");
    }

    /** Whether {@code word} is also written all in lower case, as a word of its own, in one of the parts. */
    private static boolean occursInLowerCase(List<Part> parts, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Part p : parts) {
            String t = p.text();
            int k = t.indexOf(lower);
            while (k >= 0) {
                int e = k + lower.length();
                if ((k == 0 || !Character.isLetterOrDigit(t.charAt(k - 1)))
                        && (e >= t.length() || !Character.isLetterOrDigit(t.charAt(e)))) {
                    return true;
                }
                k = t.indexOf(lower, k + 1);
            }
        }
        return false;
    }

    /**
     * "Beenie Man, Buju Banton, Capleton and Vybz Kartel": the one item of a list whose tag disagrees with the
     * others takes theirs, when the model saw the name only there and nothing else speaks for its tag (a known
     * place, an institution, an organisation's head noun).
     */
    private static void retypeFromList(Found item, EntityType type, List<Found> found) {
        String k = norm(item.text);
        for (Found f : found) {
            if (f != item && norm(f.text).equals(k)) {
                return;
            }
        }
        String[] w = words(item.text);
        if (item.cue != null || Lexicon.PLACES.contains(item.text) || Lexicon.COUNTRY_SYNONYMS.containsKey(k)
                || Lexicon.ORG_METONYMS.contains(k) || Lexicon.isDemonym(item.text)
                || w.length > 1 && Lexicon.ORG_HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return;
        }
        item.cue = type;
    }

    /** Untagged names by their sentence ({@link ContextCues}): speakers of "said", a person's organisation. */
    private static void applyContextCues(Section section, String text, List<Tok> toks, List<Found> found) {
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

    private static void applyDatelines(Section section, String text, List<Tok> toks, List<Found> found) {
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

    private static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");
    private static final Set<String> PRIZE_WORDS = Set.of("award", "awards", "prize", "prizes", "trophy", "medal",
            "cup");

    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&", "the", "on", "de");
    private static final Set<String> FUNCTION_WORDS = Set.of("In", "At", "On", "By", "As", "When", "While", "But",
            "And", "If", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "The", "A", "An", "For",
            "From", "To", "With", "After", "Before", "During", "Since", "Under", "Over", "Despite", "Although",
            "Though", "Because", "So", "Yet", "Or", "Nor", "Of", "Our", "My", "Your", "It", "He", "She", "They",
            "We", "I", "You", "Last", "Next", "Every", "Some", "Many", "Most", "All", "Both", "Each", "Other",
            "Another", "Such", "No", "Not", "Then", "Now", "Here", "There", "Why", "What", "How", "Who", "Where");

    /** A token that is a name on its own before a possessive ("Manchester's", "Stanford University's"), or null. */
    private static String completeName(Tok t) {
        if ("LOCATION".equals(t.ner()) || "PERSON".equals(t.ner()) || Lexicon.PLACES.contains(t.word())
                || Lexicon.ORG_HEADS.contains(t.word().toLowerCase(Locale.ROOT))) {
            return t.word();
        }
        return null;
    }


    /**
     * Mentions the model misses, found by general rules: an honorific before a capitalised word ("Mr Mates"),
     * a capitalised phrase ending in an organisation's head noun ("the Trafford Centre", "GeoEconomics Center"),
     * a well-known place name.
     */
    private static boolean coveredAlone(List<Found> found, Section section, int t) {
        for (Found f : found) {
            if (f.section == section && t >= f.from && t < f.to) {
                return f.from == t && f.to == t + 1;
            }
        }
        return false;
    }

    /** An institution phrase ("Number 10", "the Commons") starting at token {@code i}, untagged, or null. */
    private static String[] institutionAt(List<Tok> toks, int i, boolean[] cov) {
        for (String[] p : Lexicon.INSTITUTION_PHRASES) {
            if (i + p.length > toks.size()) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < p.length && match; k++) {
                match = toks.get(i + k).word().equals(p[k]) && !cov[i + k];
            }
            if (match && (i + p.length >= toks.size() || !isCapitalized(toks.get(i + p.length).word())
                    || p.length > 1)) {
                return p;
            }
        }
        return null;
    }

    /** "Beijing-Moscow": every part around the hyphens is a known place ("Indo-Pacific" is one name). */
    private static boolean hyphenatedPlaces(List<Tok> toks, int from, int to) {
        boolean hyphen = false;
        for (int k = from; k < to; k++) {
            String w = toks.get(k).word();
            if (w.equals("-") || w.equals("–")) {
                hyphen = true;
            } else if (!Lexicon.PLACES.contains(w) && !Lexicon.COUNTRY_SYNONYMS.containsKey(norm(w))) {
                return false;
            }
        }
        return hyphen;
    }

    private static void addRuleMentions(Section section, String text, List<Tok> toks, List<Found> found) {
        boolean[] cov = new boolean[toks.size()];
        for (Found f : found) {
            if (f.section == section) {
                for (int t = f.from; t < f.to && t < cov.length; t++) {
                    cov[t] = true;
                }
            }
        }
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            // honorific + capitalised words
            if (Lexicon.HONORIFICS.contains(Lexicon.key(w)) && isCapitalized(w) && i + 1 < toks.size()
                    && isCapitalized(toks.get(i + 1).word()) && !cov[i + 1]
                    && !Lexicon.isTitle(toks.get(i + 1).word())) {
                int j = i + 1;
                while (j < toks.size() && j < i + 4 && isCapitalized(toks.get(j).word()) && !cov[j]
                        && Character.isLetter(toks.get(j).word().charAt(0))
                        && toks.get(j).sentence() == toks.get(i).sentence()) {
                    j++;
                }
                Found f = add(section, i + 1, j, toks.get(i + 1).begin(), toks.get(j - 1).end(),
                        text.substring(toks.get(i + 1).begin(), toks.get(j - 1).end()), EntityType.PERSON, found);
                if (f != null) {
                    f.titled = text.substring(toks.get(i).begin(), toks.get(j - 1).end());
                    for (int t = i + 1; t < j; t++) {
                        cov[t] = true;
                    }
                }
                continue;
            }
            // capitalised phrase ending in an organisation head noun
            if (isCapitalized(w) && Lexicon.ORG_HEADS.contains(w.toLowerCase(Locale.ROOT)) && i > 0) {
                int a = i;
                while (a - 1 >= 0 && toks.get(a - 1).sentence() == toks.get(i).sentence()) {
                    String p = toks.get(a - 1).word();
                    if (isCapitalized(p) && Character.isLetter(p.charAt(0))
                            && !Lexicon.HONORIFICS.contains(Lexicon.key(p)) && !FUNCTION_WORDS.contains(p)
                            && !Lexicon.isDemonym(p) && !Lexicon.STOP_ENTITY.contains(p.toLowerCase(Locale.ROOT))
                            && !"PERSON".equals(toks.get(a - 1).ner())
                            || NAME_JOINERS.contains(p) && a - 2 >= 0 && isCapitalized(toks.get(a - 2).word())
                            && !FUNCTION_WORDS.contains(toks.get(a - 2).word())
                            || isPossessive(p) && a - 2 >= 0 && isCapitalized(toks.get(a - 2).word())
                            && completeName(toks.get(a - 2)) == null) {
                        a--;
                    } else {
                        break;
                    }
                }
                int z = i;
                if (i + 2 < toks.size() && (toks.get(i + 1).word().equals("of") || toks.get(i + 1).word().equals("for"))
                        && isCapitalized(toks.get(i + 2).word()) && !cov[i + 2]
                        && !FUNCTION_WORDS.contains(toks.get(i + 2).word())) {
                    z = i + 2;
                    while (z + 1 < toks.size() && isCapitalized(toks.get(z + 1).word()) && !cov[z + 1]
                            && Character.isLetter(toks.get(z + 1).word().charAt(0))) {
                        z++;
                    }
                }
                if ((a < i || z > i) && (!cov[i] || coveredAlone(found, section, i))) {
                    boolean free = true;
                    for (int t = a; t <= z; t++) {
                        if (cov[t] && !"LOCATION".equals(toks.get(t).ner()) && !"ORGANIZATION".equals(toks.get(t).ner())) {
                            free = false;
                        }
                    }
                    if (free) {
                        final int fa = a;
                        final int fz = z;
                        found.removeIf(f -> f.section == section && f.from >= fa && f.to <= fz + 1);
                        add(section, a, z + 1, toks.get(a).begin(), toks.get(z).end(),
                                text.substring(toks.get(a).begin(), toks.get(z).end()), EntityType.ORGANIZATION, found);
                        for (int t = a; t <= z; t++) {
                            cov[t] = true;
                        }
                    }
                }
                continue;
            }
            if (!cov[i] && isCapitalized(w)) {
                String[] phrase = institutionAt(toks, i, cov);
                if (phrase != null) {
                    int j = i + phrase.length;
                    add(section, i, j, toks.get(i).begin(), toks.get(j - 1).end(),
                            text.substring(toks.get(i).begin(), toks.get(j - 1).end()), EntityType.ORGANIZATION, found);
                    for (int t = i; t < j; t++) {
                        cov[t] = true;
                    }
                    continue;
                }
            }
            if (!cov[i] && "O".equals(toks.get(i).ner()) && isCapitalized(w) && Lexicon.PLACES.contains(w)) {
                add(section, i, i + 1, toks.get(i).begin(), toks.get(i).end(), w, EntityType.LOCATION, found);
                cov[i] = true;
            }
        }
    }

    /** Untagged occurrences of a name found elsewhere in the article are mentions too ("Xi" after "Xi Jinping"). */
    private static void propagate(Section section, String text, List<Tok> toks, List<Found> found) {
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
        boolean[] cov = new boolean[toks.size()];
        for (Found f : found) {
            if (f.section == section) {
                for (int t = f.from; t < f.to && t < cov.length; t++) {
                    cov[t] = true;
                }
            }
        }
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
    private static boolean insideLongerName(List<Tok> toks, boolean[] cov, int i) {
        int s = toks.get(i).sentence();
        boolean before = i > 0 && !cov[i - 1] && toks.get(i - 1).sentence() == s
                && !Descriptors.isSentenceStart(toks, i - 1) && Descriptors.isNameWord(toks.get(i - 1).word());
        boolean after = i + 1 < toks.size() && !cov[i + 1] && toks.get(i + 1).sentence() == s
                && Descriptors.isNameWord(toks.get(i + 1).word());
        return before || after;
    }

    private static boolean isTrailingJunk(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals(",") || w.equals(".")
                || w.equals("-") || w.equals("(") || w.equals(")");
    }

    /** "International Criminal Court (ICC)": the acronym in brackets right after a name is one of its aliases. */
    private static void addParentheticalAcronyms(Section section, List<Tok> toks, List<Found> out,
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
            if (!ACRONYM.matcher(acr.word().replace(".", "")).matches()) {
                continue;
            }
            Found name = byEnd.get(i);
            if (name == null || name.label == EntityType.PERSON || isAllCaps(name.text)) {
                // "WASHINGTON (AP) -": a dateline, the agency is not the place's acronym
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

    static boolean isAllCaps(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    private static boolean isOpenParen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    private static boolean isCloseParen(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    private static final Pattern MIXED_ACRONYM = Pattern.compile("[A-Z][a-z]{2,5}");

    private static boolean startsWith(String[] full, String[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (!eqWord(full[k], prefix[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the letters of {@code acr} are the initials of {@code words}, joining words optional. */
    static boolean acronymOf(String acr, String[] words) {
        return acronymFrom(acr.toUpperCase(Locale.ROOT), 0, words, 0);
    }

    private static boolean acronymFrom(String acr, int a, String[] w, int k) {
        if (k == w.length) {
            return a == acr.length();
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

    static String[] words(String s) {
        String t = s.trim();
        return t.isEmpty() ? new String[0] : t.split("[\\s-]+");
    }

    private static boolean eqWord(String a, String b) {
        return norm(a).equals(norm(b));
    }

    static String norm(String s) {
        String t = s.replace('’', '\'').replace('‘', '\'').toLowerCase(Locale.ROOT).replace(".", "");
        if (t.endsWith("'s")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.startsWith("the ")) {
            t = t.substring(4);
        }
        return t.replaceAll("\\s+", " ").trim();
    }

    private static EntityType toType(String label) {
        switch (label) {
            case "PERSON":
                return EntityType.PERSON;
            case "ORGANIZATION":
                return EntityType.ORGANIZATION;
            case "LOCATION":
                return EntityType.LOCATION;
            default:
                return EntityType.MISC;
        }
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[ra] = rb;
        }
    }

}
