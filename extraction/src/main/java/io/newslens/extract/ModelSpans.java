package io.newslens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Mentions.*;

/** Turns the model's labelled token spans into mentions: joins and splits spans, strips titles. */
final class ModelSpans {

    private ModelSpans() {
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
                // a person's name has no possessive inside: "Chelsea's Raheem Sterling" is two names; nor does an
                // acronym own a name inside its own: "NASA's Science Mission Directorate" is two names; nor does a
                // place with its head noun: "Lydiard Street's Evans Bakery"
                if (j + 1 < toks.size() && !"PERSON".equals(label) && isPossessive(toks.get(j).word())
                        && label.equals(toks.get(j + 1).ner())
                        && !Lexicon.ORG_HEADS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))
                        && !Lexicon.PLACE_HEADS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))
                        && !isAcronymWord(toks.get(j - 1).word())) {
                    j += 2;
                    continue;
                }
                break;
            }
            // "- Hsieh on her coach": a dash the model took into a name is no part of it
            while (i < j && isDash(toks.get(i).word())) {
                i++;
            }
            if (i == j) {
                continue;
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
                // "the Smalley Fire on Cal Fire's incident page": the second name owns what follows; the
                // preposition starts a phrase of its own
                if (k >= toks.size() || !isPossessive(toks.get(k).word())) {
                    j = k;
                }
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
            if ("ORGANIZATION".equals(label)) {
                // "Ministry of Housing, Communities and Local Government": a department's portfolios listed in its name
                j = portfolioList(toks, i, j);
            }
            if ("ORGANIZATION".equals(label) && i > 0 && "O".equals(toks.get(i - 1).ner())
                    && toks.get(i - 1).sentence() == toks.get(i).sentence() && Lexicon.isDemonym(toks.get(i - 1).word())
                    && Character.isUpperCase(toks.get(i - 1).word().charAt(0))
                    && Lexicon.ORG_HEADS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))
                    && (i < 2 || !isCapitalized(toks.get(i - 2).word()) || toks.get(i - 2).word().equals("The"))) {
                // "the British Heart Foundation", "the American Red Cross": the demonym opens the name
                i--;
            }
            if ("ORGANIZATION".equals(label) && i >= 3 && toks.get(i - 1).word().equals("and")
                    && "O".equals(toks.get(i - 2).ner()) && isCapitalized(toks.get(i - 2).word())
                    && Character.isLetter(toks.get(i - 2).word().charAt(0))
                    && toks.get(i - 3).word().equalsIgnoreCase("the")
                    && toks.get(i - 3).sentence() == toks.get(i).sentence()
                    && Lexicon.ORG_HEADS.contains(toks.get(j - 1).word().toLowerCase(Locale.ROOT))) {
                // "the Wildfowl and Wetlands Trust": one word the model left out, "and", then the organisation after
                // "the" is one name (two bodies would be "the Wildfowl Trust and the Wetlands Trust")
                i -= 2;
            }
            if ("LOCATION".equals(label)) {
                // "Bay of Plenty", "Western Bay of Plenty", "Isle of Man": a place named with "of" the model cut in
                // two, joined where the gazetteer knows the whole
                int[] whole = placeWithOf(text, toks, i, j);
                i = whole[0];
                j = whole[1];
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
            if ("PERSON".equals(label) && j + 1 < toks.size() && isPossessive(toks.get(j).word())
                    && "PERSON".equals(toks.get(j + 1).ner())) {
                // "Chelsea's Raheem Sterling", "Google's Sundar Pichai" tagged as one person: the owner is a club,
                // a firm or a country more often than a person; its type is left to its other mentions
                addSpan(section, text, toks, i, j, EntityType.MISC, out);
            } else if ("PERSON".equals(label)) {
                // "Ray Charles biopic Ray": a person's name has no lower-case words but particles
                int a = i;
                for (int k = i; k <= j; k++) {
                    if (k == j || isBreakInName(toks.get(k).word()) && !joinedByHyphens(toks, k, i, j)
                            && !hyphenatedGivenName(toks, k, i)) {
                        if (k > a) {
                            addSpan(section, text, toks, a, k, EntityType.PERSON, out);
                        }
                        a = k + 1;
                    }
                }
            } else {
                // "the Smith Institute at Brown University", "St Mary's Church in Ashford": a preposition the model
                // ran a name on over starts a second name; so does "on" before a possessive ("the Ridge Fire on Cal
                // Fire's page")
                int owner = placeOwner(toks, i, j);
                if (owner > 0) {
                    // "Lydiard Street's Evans Bakery" tagged as one name: a place with its head noun owns the rest
                    addSpan(section, text, toks, i, owner, EntityType.LOCATION, out);
                    addSpan(section, text, toks, owner + 1, j, toType(label), out);
                    i = j;
                    continue;
                }
                int and = pairOfNames(text, toks, i, j);
                if (and > 0) {
                    addSpan(section, text, toks, i, and, toType(label), out);
                    addSpan(section, text, toks, and + 1, j, toType(label), out);
                    i = j;
                    continue;
                }
                int a = i;
                for (int k = i + 1; k < j - 1; k++) {
                    String w = toks.get(k).word();
                    if (w.equals("at") || w.equals("in") || w.equals("on") && endsInPossessive(toks, k + 1, j)) {
                        addSpan(section, text, toks, a, k, toType(label), out);
                        a = k + 1;
                    }
                }
                addSpan(section, text, toks, a, j, toType(label), out);
            }
            i = j;
        }
    }

    /**
     * Whether a hyphenated word is one name, not names joined ("China-Russia talks", "Israel-Hamas war") nor a name
     * and a modifier ("Kremlin-backed"): no capitalised part of it is a country, a region, a well-known place or is
     * written on its own elsewhere in the text, and every other part is a name's particle ({@link #NAME_PARTICLES}:
     * "al-Shabaab").
     */
    static boolean hyphenatedName(String text, String word) {
        int names = 0;
        for (String part : word.split("-")) {
            if (part.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(part.charAt(0))) {
                Gazetteer.Kind kind = Gazetteer.kind(part);
                // towns are too many to tell ("Quillan" is one): only countries, regions and well-known places
                if (Lexicon.isDemonym(part) || Lexicon.PLACES.contains(part) || kind == Gazetteer.Kind.COUNTRY
                        || kind == Gazetteer.Kind.REGION || standsAlone(text, part)) {
                    return false;
                }
                names++;
            } else if (!NAME_PARTICLES.contains(part.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return names >= 1;
    }

    /** Whether {@code part} is written in the text as a word of its own, not joined to another by a hyphen. */
    private static boolean standsAlone(String text, String part) {
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            int e = i + part.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '-';
            boolean endOk = e >= text.length() || !Character.isLetterOrDigit(text.charAt(e)) && text.charAt(e) != '-';
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name in tokens [from, to) is followed by a possessive: "Cal Fire's". */
    private static boolean endsInPossessive(List<Tok> toks, int from, int to) {
        return to < toks.size() && isPossessive(toks.get(to).word()) && to > from;
    }

    static void addSpan(Section section, String text, List<Tok> toks, int from, int to, EntityType type,
                                List<Found> out) {
        // "Sheriff Arnold" tagged as an organisation (headlines in capitals mislead the model): an office only a
        // person holds, before one to three capitalised words, makes the name a person's
        if (type != EntityType.PERSON && to - from >= 2 && to - from <= 4
                && PERSON_TITLES.contains(Lexicon.key(toks.get(from).word()))) {
            boolean names = true;
            for (int k = from + 1; k < to; k++) {
                names &= Names.isCapitalized(toks.get(k).word()) && !Lexicon.isTitle(toks.get(k).word());
            }
            if (names) {
                type = EntityType.PERSON;
            }
        }
        // strip leading titles / articles / demonyms, trailing possessives and punctuation
        int a = from;
        int b = to;
        while (a < b && (Lexicon.isTitle(toks.get(a).word()) && type == EntityType.PERSON
                || Lexicon.STOP_ENTITY.contains(Lexicon.key(toks.get(a).word())) && !initialMidSentence(toks, a, b, type)
                || b - a > 1 && Lexicon.isDemonym(toks.get(a).word()) && type == EntityType.PERSON)) {
            a++;
        }
        while (a < b - 1 && type != EntityType.PERSON && isLowerWord(toks.get(a).word())
                && !NAME_PARTICLES.contains(toks.get(a).word())) {
            a++; // "soon-to-open Ocean Park station": a lower-case word the model ran into a name opens no name
        }
        if (b - a >= 2 && type != EntityType.PERSON && LOWER_BODIES.contains(toks.get(b - 1).word())
                && Gazetteer.kind(text.substring(toks.get(a).begin(), toks.get(b - 2).end())) != null) {
            b--; // "Southside police": the place the gazetteer knows; the force is not named
            type = EntityType.LOCATION;
        }
        while (b > a && isTrailingJunk(toks.get(b - 1).word())) {
            b--;
        }
        // "Southern Cross University on Tuesday": a date the model ran a name on into is no part of it
        for (int k = a + 1; k < b && type != EntityType.PERSON; k++) {
            String w = toks.get(k).word();
            if (WEEKDAYS.contains(w) || k + 1 < b && TIME_PREPOSITIONS.contains(w)
                    && CALENDAR.contains(toks.get(k + 1).word())) {
                b = k;
                break;
            }
        }
        if (a >= b) {
            return;
        }
        if (b - a == 1 && type != EntityType.PERSON && GENERIC_BODIES.contains(Lexicon.key(toks.get(a).word()))
                && a > 0 && toks.get(a - 1).word().equalsIgnoreCase("the")) {
            return;
        }
        boolean callSign = b - a == 1 && (RuleMentions.CALL_SIGN.matcher(toks.get(a).word()).matches()
                || RuleMentions.NETWORKS.contains(toks.get(a).word()));
        if (callSign && type == EntityType.ORGANIZATION && RuleMentions.channelNumberAfter(toks, a)) {
            b++; // a call sign with its channel's number: "KSDK 5"
        }
        // split hyphenated compounds of names: "China-Russia", "Moscow-Beijing"; a name with a hyphen in it stays
        // whole ("Coca-Cola", "Auger-Aliassime", "al-Shabaab")
        if (b - a == 1 && toks.get(a).word().indexOf('-') > 0 && !hyphenatedName(text, toks.get(a).word())) {
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
        if (Lexicon.isDemonym(surface) || Lexicon.NATIONAL_NOUNS.contains(surface.toLowerCase(Locale.ROOT))
                || surface.length() < 2) {
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

    /** Offices a person holds, which are no entity on their own however capitalised. */
    static final Set<String> OFFICES = Set.of("secretary", "secretaries", "minister", "ministers", "cs", "premier",
            "chancellor", "ceo", "mp", "mla", "mlc", "mep", "speaker", "member", "members", "director",
            "commissioner");

    /** Titles a portfolio's words come before ("Home Affairs Minister", "Trade Secretary"). */
    static final Set<String> PORTFOLIO_TITLES = Set.of("minister", "ministers", "secretary", "secretaries", "cs",
            "commissioner");

    /**
     * "International Trade and Industry Minister Mustapa Mohamed", "Revenue, Rural Development, and Agriculture
     * Ministers", "the Minister for Arts, Sport and Tourism": words the model took for a body before a minister's
     * title, or after "Minister for", alone or in a list of portfolios, are a portfolio, no body. A place stays one
     * ("Selangor Menteri Besar", "UK Foreign Secretary"), and so does a body ("Home Office Minister Lord Falconer");
     * "Health Cabinet Secretary" is a portfolio and Kenya's title.
     */
    static boolean namesAPortfolio(String surface, List<Tok> toks, int from, int to, EntityType type) {
        if (type != EntityType.ORGANIZATION) {
            return false;
        }
        String last = Lexicon.key(toks.get(to - 1).word());
        if (Lexicon.ORG_HEADS.contains(last) && !(last.equals("cabinet") && to < toks.size()
                && Lexicon.key(toks.get(to).word()).equals("secretary"))) {
            return false;
        }
        int k = to;
        while (k < toks.size() && k - to < 8 && listWord(toks.get(k).word())) {
            k++;
        }
        boolean before = k < toks.size() && PORTFOLIO_TITLES.contains(Lexicon.key(toks.get(k).word()))
                && (k == to || !Names.isCapitalized(toks.get(to).word()));
        if (!before) {
            k = from - 1;
            while (k > 0 && from - k < 8 && listWord(toks.get(k).word())) {
                k--;
            }
            String joiner = k > 0 ? toks.get(k).word() : "";
            if (!(joiner.equals("for") || joiner.equals("of"))
                    || k != from - 1 && Names.isCapitalized(toks.get(from - 1).word())
                    || !PORTFOLIO_TITLES.contains(Lexicon.key(toks.get(k - 1).word()))) {
                return false;
            }
        }
        return Gazetteer.kind(surface) == null;
    }

    /** A word a list of names is made of: a capitalised word, a comma, "and". */
    private static boolean listWord(String w) {
        return w.equals(",") || w.equals("and") || w.equals("&") || Names.isCapitalized(w)
                && !PORTFOLIO_TITLES.contains(Lexicon.key(w));
    }

    /**
     * Common nouns that a document capitalises for the one body it is about ("the Group", "the Company", "the
     * Board"): no name on their own. Legislatures ("Parliament", "Congress", "the Senate") are named so and stay.
     */
    static final Set<String> GENERIC_BODIES = Set.of("group", "company", "board", "firm", "bank", "ministry",
            "department", "agency", "committee", "commission", "council", "court", "government", "office",
            "corporation", "institute", "university", "school", "college", "authority", "club", "team", "unit",
            "division", "trust", "fund", "foundation", "society", "association", "issuer", "partnership");

    /**
     * Whether tokens [a, b), which the model did not take for a person, name an office rather than a body: "Cabinet
     * Secretary for Trade", "the Foreign Minister", "The CS added". The head is the word before the first "of" or
     * "for" ("Office of the Prime Minister" is an office's organisation, headed by "Office"), else the last word.
     */
    static boolean namesAnOffice(List<Tok> toks, int a, int b) {
        int of = firstOfOrFor(toks, a, b);
        return OFFICES.contains(Lexicon.key(toks.get(of < 0 ? b - 1 : of - 1).word()));
    }

    /** The first "of" or "for" inside span [a, b) after its first word, or -1. */
    private static int firstOfOrFor(List<Tok> toks, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            String w = toks.get(k).word();
            if (w.equals("of") || w.equals("for")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The span [i, j) widened over "of" to the left or right, with up to three capitalised words on the other side,
     * to the longest name the gazetteer knows; unchanged when there is none.
     */
    static int[] placeWithOf(String text, List<Tok> toks, int i, int j) {
        int sentence = toks.get(i).sentence();
        if (i >= 2 && toks.get(i - 1).word().equals("of")) {
            int best = -1;
            for (int a = i - 2; a >= 0 && a >= i - 4 && toks.get(a).sentence() == sentence
                    && isCapitalized(toks.get(a).word()); a--) {
                if (Gazetteer.kind(text.substring(toks.get(a).begin(), toks.get(j - 1).end())) != null) {
                    best = a;
                }
            }
            if (best >= 0) {
                return new int[]{best, j};
            }
        }
        if (j + 1 < toks.size() && toks.get(j).word().equals("of")) {
            int best = -1;
            for (int b = j + 2; b <= toks.size() && b <= j + 4 && toks.get(b - 1).sentence() == sentence
                    && isCapitalized(toks.get(b - 1).word()); b++) {
                if (Gazetteer.kind(text.substring(toks.get(i).begin(), toks.get(b - 1).end())) != null) {
                    best = b;
                }
            }
            if (best >= 0) {
                return new int[]{i, best};
            }
        }
        return new int[]{i, j};
    }

    /** Bodies written in lower case after a place's name, which they do not name: "Southside police". */
    private static final Set<String> LOWER_BODIES = Set.of("police", "council", "government", "authorities");

    /** A word of lower-case letters only ("open", not "eBay" or "dpa-AFX"). */
    private static boolean isLowerWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().noneMatch(Character::isUpperCase);
    }

    /** Titles that only a person bears, whatever the model's tag of the name after them. */
    static final Set<String> PERSON_TITLES = Set.of("mr", "mrs", "ms", "dr", "sheriff", "senator", "sen", "rep",
            "mayor", "governor", "gov", "councilman", "councilwoman", "councilmember", "congressman",
            "congresswoman", "sgt", "lt", "detective", "sir", "dame", "lady", "lord");

    static boolean sawTitleAfter(List<Tok> toks, int t, int a) {
        for (int k = t; k < a; k++) {
            if (Lexicon.isTitle(toks.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    static final Set<String> NAME_PARTICLES = Set.of("de", "da", "di", "del", "della", "van", "von", "der",
            "den", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "dos", "das", "ter", "ten", "y", "zu");

    /** A name written with a lower-case prefix before its capital: "uMzimkhulu", "eThekwini", "KwaZulu" aside. */
    static final java.util.regex.Pattern CLASS_PREFIXED = java.util.regex.Pattern.compile("[a-z]{1,2}[A-Z][a-z]{3,}");

    /** Heads of government departments whose names list their portfolios. */
    private static final Set<String> DEPARTMENTS = Set.of("ministry", "department", "secretariat", "office");

    /**
     * The end of a department's name ([i, j) being "Ministry of Housing") that goes on with a list of portfolios:
     * ", Communities and Local Government", ", Food and Rural Affairs"; {@code j} when it does not.
     */
    private static int portfolioList(List<Tok> toks, int i, int j) {
        int of = firstOfOrFor(toks, i, j);
        if (of < 0 || !DEPARTMENTS.contains(toks.get(of - 1).word().toLowerCase(Locale.ROOT))) {
            return j;
        }
        int sentence = toks.get(i).sentence();
        int k = j;
        while (k + 1 < toks.size() && toks.get(k).word().equals(",") && isCapitalized(toks.get(k + 1).word())
                && toks.get(k + 1).sentence() == sentence) {
            k++;
            while (k < toks.size() && isCapitalized(toks.get(k).word()) && toks.get(k).sentence() == sentence) {
                k++;
            }
        }
        int m = k < toks.size() && toks.get(k).word().equals(",") ? k + 1 : k;
        if (m + 1 < toks.size() && toks.get(m).word().equals("and") && isCapitalized(toks.get(m + 1).word())
                && toks.get(m + 1).sentence() == sentence) {
            m++;
            while (m < toks.size() && isCapitalized(toks.get(m).word()) && toks.get(m).sentence() == sentence) {
                m++;
            }
            return m;
        }
        return j;
    }

    /** The index of a possessive inside span [i, j) after a place's head noun ("Street's"), or -1. */
    private static int placeOwner(List<Tok> toks, int i, int j) {
        for (int k = i + 1; k < j - 1; k++) {
            if (isPossessive(toks.get(k).word())
                    && Lexicon.PLACE_HEADS.contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "on Facebook and Twitter", "Kenya and Uganda": the index of an "and" or "&" in span [i, j) whose two sides are
     * each a name known alone (a social platform, a country or first-level region), where the whole is no one name
     * ("Trinidad and Tobago"); else -1.
     */
    private static int pairOfNames(String text, List<Tok> toks, int i, int j) {
        for (int k = i + 1; k < j - 1; k++) {
            String w = toks.get(k).word();
            if ((w.equals("and") || w.equals("&"))
                    && Gazetteer.kind(text.substring(toks.get(i).begin(), toks.get(j - 1).end())) == null
                    && knownAlone(text.substring(toks.get(i).begin(), toks.get(k - 1).end()))
                    && knownAlone(text.substring(toks.get(k + 1).begin(), toks.get(j - 1).end()))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean knownAlone(String name) {
        Gazetteer.Kind kind = Gazetteer.kind(name);
        return QuoteDoc.PLATFORMS.contains(name.toLowerCase(Locale.ROOT)) && !name.equals("X") && !name.equals("Line")
                || kind == Gazetteer.Kind.COUNTRY || kind == Gazetteer.Kind.REGION;
    }

    /**
     * Whether the lower-case token k sits between two hyphens inside span [i, j): "Zafar-ul-Haq", "Tehreek-e-Insaf"
     * (Arabic, Urdu and Persian names join their parts with short particles the tokenizer splits off).
     */
    private static boolean joinedByHyphens(List<Tok> toks, int k, int i, int j) {
        return k > i && k + 1 < j && toks.get(k).word().length() <= 3 && isDash(toks.get(k - 1).word())
                && isDash(toks.get(k + 1).word()) && toks.get(k - 1).end() == toks.get(k).begin()
                && toks.get(k).end() == toks.get(k + 1).begin();
    }

    /**
     * Whether the lower-case token k ends a hyphenated given name inside a person's span: "Leung Chun-ying", "Moon
     * Jae-in", "Michael Tien Pak-sun" (Chinese and Korean given names are written so in English).
     */
    private static boolean hyphenatedGivenName(List<Tok> toks, int k, int i) {
        return k >= i + 2 && isDash(toks.get(k - 1).word()) && isCapitalized(toks.get(k - 2).word())
                && toks.get(k - 2).end() == toks.get(k - 1).begin() && toks.get(k - 1).end() == toks.get(k).begin();
    }

    static boolean isBreakInName(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)
                && !w.equals("'s") && !w.equals("’s");
    }

    /** Prepositions before a date: "on Tuesday", "in March", "since May". */
    private static final java.util.Set<String> TIME_PREPOSITIONS = java.util.Set.of("on", "in", "since", "until", "by");
    /** Days of the week, no part of an organisation's or a place's name (months may be: "May Day Parade"). */
    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");

    /**
     * "chief minister A Revanth Reddy": a capital "A" inside a sentence, before two names or more of a person, is an
     * initial; the article would be written "a" there.
     */
    private static boolean initialMidSentence(List<Tok> toks, int a, int b, EntityType type) {
        return type == EntityType.PERSON && toks.get(a).word().equals("A") && b - a >= 3 && a > 0
                && toks.get(a - 1).sentence() == toks.get(a).sentence()
                && Character.isLowerCase(toks.get(a - 1).word().charAt(0));
    }

    /** An acronym's token: two capitals or more and nothing else ("NASA", "FBI"). */
    static boolean isAcronymWord(String w) {
        return w.length() >= 2 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /** A token that is a name on its own before a possessive ("Manchester's", "Stanford University's"), or null. */
    static String completeName(Tok t) {
        if ("LOCATION".equals(t.ner()) || "PERSON".equals(t.ner()) || Lexicon.PLACES.contains(t.word())
                || Lexicon.ORG_HEADS.contains(t.word().toLowerCase(Locale.ROOT))) {
            return t.word();
        }
        return null;
    }

    /** "Beijing-Moscow": every part around the hyphens is a known place ("Indo-Pacific" is one name). */
    static boolean hyphenatedPlaces(List<Tok> toks, int from, int to) {
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
}
