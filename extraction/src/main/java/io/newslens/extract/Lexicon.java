package io.newslens.extract;

import java.util.Locale;
import java.util.Set;

/** General English word lists used by the rules: titles, demonyms, speech verbs, pronouns, role nouns. */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that may precede a person's name as a title (compared lower-case, final dot removed). */
    static final Set<String> TITLES = set(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "madam",
            "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "general", "gen",
            "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
            "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "rev",
            "reverend", "father", "sister", "brother", "rabbi", "imam", "sheikh", "chairman", "chairwoman", "chair",
            "chief", "judge", "justice", "ambassador", "envoy", "leader", "director", "captain", "capt", "coach",
            "manager", "commander", "colonel", "col", "lt", "lieutenant", "sgt", "sergeant", "major", "admiral",
            "marshal", "officer", "spokesman", "spokeswoman", "spokesperson", "deputy", "former", "foreign",
            "defence", "defense", "interior", "finance", "home", "state", "executive", "ceo", "chief", "founder",
            "editor", "correspondent", "reporter", "analyst", "expert", "author", "columnist", "economist", "mp",
            "mep", "councillor", "comrade", "supreme", "opposition", "party", "striker", "midfielder", "defender",
            "goalkeeper", "winger", "star", "champion", "singer", "actor", "actress", "director", "producer",
            "presenter", "host", "dictator", "strongman", "tsar", "late", "then", "new", "acting", "chief",
            "sheriff", "superintendent", "commissioner", "inspector", "detective", "constable", "trooper",
            "councilman", "councilwoman", "councilmember", "alderman", "assemblyman", "assemblywoman", "attorney",
            "solicitor", "coroner", "warden", "dean", "provost", "pastor", "deacon", "mla", "mlc", "cs", "acp",
            "sp", "dsp", "dig", "igp", "datuk", "dato", "datin", "menteri", "besar", "td", "pol", "dep", "maj",
            "brig", "cpl", "insp", "supt", "det", "dci");

    /** Nationality and other group adjectives/nouns: never entities on their own. */
    static final Set<String> DEMONYMS = set(
            "american", "americans", "british", "briton", "britons", "english", "scottish", "welsh", "irish",
            "chinese", "russian", "russians", "ukrainian", "ukrainians", "french", "german", "germans", "italian",
            "italians", "spanish", "spaniard", "spaniards", "portuguese", "dutch", "belgian", "swiss", "austrian",
            "polish", "pole", "poles", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "greeks",
            "turkish", "turk", "turks", "swedish", "swede", "swedes", "norwegian", "danish", "dane", "danes",
            "finnish", "finn", "finns", "icelandic", "estonian", "latvian", "lithuanian", "belarusian", "serbian",
            "serb", "serbs", "croatian", "croat", "croats", "bosnian", "albanian", "georgian", "armenian",
            "azerbaijani", "kazakh", "uzbek", "iranian", "iranians", "iraqi", "iraqis", "syrian", "syrians",
            "israeli", "israelis", "palestinian", "palestinians", "lebanese", "jordanian", "saudi", "saudis",
            "emirati", "qatari", "yemeni", "egyptian", "egyptians", "libyan", "tunisian", "algerian", "moroccan",
            "nigerian", "kenyan", "ethiopian", "somali", "sudanese", "african", "africans", "indian", "indians",
            "pakistani", "pakistanis", "afghan", "afghans", "bangladeshi", "sri", "nepalese", "japanese", "korean",
            "koreans", "vietnamese", "thai", "cambodian", "burmese", "malaysian", "indonesian", "filipino",
            "australian", "australians", "canadian", "canadians", "mexican", "mexicans", "brazilian", "brazilians",
            "argentine", "argentinian", "chilean", "colombian", "venezuelan", "peruvian", "cuban", "cubans",
            "jamaican", "jamaicans", "european", "europeans", "asian", "asians", "western", "westerners", "eastern",
            "northern", "southern", "soviet", "arab", "arabs", "persian", "latin", "muslim", "muslims", "christian",
            "christians", "jewish", "jew", "jews", "catholic", "catholics", "protestant", "hindu", "buddhist",
            "sunni", "shia", "shiite", "kurdish", "kurd", "kurds", "tibetan", "uyghur", "uighur", "taiwanese",
            "hongkonger", "scandinavian", "balkan", "caucasian", "slavic", "anglo", "eurasian", "nazi", "nazis",
            "west", "east", "kiwi",
            "new zealander", "south african", "north korean", "south korean", "latin american", "saudi arabian");

    /**
     * Nouns for one person of a nation ("the Scot told manutd.com", "the Dutchman said"): no name on their own, but
     * some are first names too ("Scot Peterson"), so they are kept apart from {@link #DEMONYMS}, which a person's
     * name loses in front.
     */
    static final Set<String> NATIONAL_NOUNS = set("scot", "scots", "scotsman", "scotswoman", "brit", "brits",
            "englishman", "englishwoman", "irishman", "irishwoman", "welshman", "welshwoman", "frenchman",
            "frenchwoman", "dutchman", "dutchwoman", "aussie", "aussies", "kiwis", "yank", "yanks");

    /** Verbs (and multiword cues) that attribute speech or writing. Lower-case, inflected forms. */
    static final Set<String> SPEECH_VERBS = set(
            "say", "says", "said", "saying", "captioned", "tell", "tells", "told", "telling", "add", "adds", "added",
            "adding",
            "write", "writes", "wrote", "writing", "written", "note", "notes", "noted", "noting", "argue", "argues",
            "argued", "arguing", "explain", "explains", "explained", "explaining", "state", "states", "stated",
            "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "warn", "warns", "warned",
            "warning", "ask", "asks", "asked", "reply", "replies", "replied", "respond", "responds", "responded",
            "continue", "continues", "continued", "believe", "believes", "believed", "conclude", "concludes",
            "concluded", "suggest", "suggests", "suggested", "comment", "comments", "commented", "remark",
            "remarks", "remarked", "declare", "declares", "declared", "announce", "announces", "announced",
            "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "observe", "observes",
            "observed", "stress", "stresses", "stressed", "emphasise", "emphasises", "emphasised", "emphasize",
            "emphasizes", "emphasized", "recall", "recalls", "recalled", "describe", "describes", "described",
            "call", "calls", "called", "urge", "urges", "urged", "predict", "predicts", "predicted", "report",
            "reports", "reported", "confirm", "confirms", "confirmed", "deny", "denies", "denied", "quip",
            "quipped", "joke", "joked", "tweet", "tweeted", "post", "posted", "write", "concur", "concurs",
            "concurred", "agree", "agrees", "agreed", "counter", "countered", "contend", "contends", "contended",
            "maintain", "maintains", "maintained", "assert", "asserts", "asserted", "promise", "promised",
            "vow", "vowed", "pledge", "pledged", "complain", "complained", "protest", "protested", "point",
            "pointed", "mention", "mentioned", "reflect", "reflected", "summarize", "summarized", "summarise",
            "summarised", "underline", "underlined", "highlight", "highlighted", "spoke", "cheered",
            "told", "thinks", "think", "thought", "feel", "feels", "felt", "reckon", "reckons", "reckoned",
            "admitted", "conceded", "concede", "concedes", "boasted", "boast", "hailed", "hail", "labelled",
            "labeled", "branded", "dubbed", "criticised", "criticized", "criticise", "criticize", "accused",
            "accuse", "welcomed", "welcome", "demanded", "demand", "called", "invited", "expressed", "express",
            "expects", "expected", "expect", "hopes", "hoped", "hope", "estimated", "estimates", "forecast",
            "revealed", "reveal", "reveals", "responded", "urged", "repeated", "repeats", "cited", "quoted",
            "quoting", "put", "puts", "echoed", "echo", "echoes", "wonders", "wondered", "asks", "answered",
            "answer", "answers", "shouted", "whispered", "cautioned", "caution", "cautions", "advised",
            "advise", "advises", "announced", "pronounced", "proclaimed", "opined", "mused", "added",
            "explained", "stressed", "remarks", "insists", "berated", "berates", "slammed", "attacked",
            "blasted", "praised", "defended", "rejected", "dismissed", "blamed", "blames", "highlights", "underlines",
            "questioned", "charged", "alleged", "alleges", "disclosed", "lamented", "scoffed", "fumed", "queried",
            "clarified", "apologised", "apologized", "apologises", "apologizes", "apologise", "apologize");

    /** Subject pronouns that can stand for a named speaker. */
    static final Set<String> PERSON_PRONOUNS = set("he", "she");

    /** Nouns that name a role; "the Russian president" may stand for a named person. */
    static final Set<String> ROLE_NOUNS = set(
            "president", "leader", "minister", "premier", "chancellor", "secretary", "spokesman", "spokeswoman",
            "spokesperson", "official", "chairman", "chairwoman", "chief", "head", "director", "executive",
            "boss", "coach", "manager", "captain", "player", "star", "singer", "actor", "actress", "analyst",
            "expert", "professor", "author", "writer", "editor", "correspondent", "ambassador", "envoy",
            "governor", "mayor", "senator", "diplomat", "king", "queen", "prince", "general", "commander",
            "founder", "economist", "scholar", "researcher", "lawyer", "judge", "prosecutor", "strongman",
            "counterpart", "host", "guest", "politician", "lawmaker", "mp", "veteran", "winger", "striker",
            "champion", "teenager", "woman", "man", "organiser", "organizer", "campaigner", "activist");

    /** Last words that mark a name as an organisation. */
    static final Set<String> ORG_HEADS = set(
            "party", "court", "centre", "center", "university", "institute", "institution", "association",
            "council", "committee", "ministry", "department", "agency", "bank", "endowment", "foundation",
            "corporation", "corp", "inc", "ltd", "plc", "llc", "group", "army", "navy", "commission", "office",
            "organization", "organisation", "federation", "league", "society", "trust", "fund",
            "board", "school", "college", "academy", "times", "post", "news", "journal", "daily", "press",
            "herald", "telegraph", "guardian", "tribune", "gazette", "network", "agency", "club", "company",
            "airlines", "airways", "parliament", "congress", "senate", "assembly", "police", "service",
            "authority", "forum", "alliance", "coalition", "movement", "front", "program", "programme",
            "project", "initiative", "observatory", "lab", "laboratory", "house", "affairs", "fc",
            "united", "rovers", "city", "tribunal", "cabinet", "government", "administration", "bureau",
            "secretariat", "studios", "productions", "films", "records", "pictures", "media", "tv", "holdings",
            "industries", "embassy", "consulate", "verlag", "gmbh", "ag", "berhad", "bhd", "limited", "pty", "nv",
            "bv", "spa", "oyj", "asa",
            "enterprises", "technologies", "systems", "partners", "associates", "ventures", "chambers",
            "entertainment", "communications", "pharmaceuticals", "electronics", "motors", "brothers",
            "telecom", "insurance", "railway", "railways", "rail", "railroad", "trains", "transit", "buses",
            "radio", "channel", "magazine", "review", "economist", "monitor", "watch", "international");

    /** Last words that mark a name as a place: venues and geographic features ("Millennium Stadium", "Wilsons River"). */
    static final Set<String> PLACE_HEADS = set(
            "stadium", "arena", "airport", "square", "street", "avenue", "road", "bridge", "river", "lake", "valley",
            "mountains", "mountain", "island", "islands", "peninsula", "sea", "ocean", "bay", "strait", "canal",
            "desert", "forest", "coast", "county", "province", "district", "monument", "canyon", "creek", "falls",
            "beach", "harbor", "harbour", "reservoir", "glacier", "volcano", "gorge", "boulevard", "highway",
            "constituency", "township", "borough", "municipality", "governorate", "prefecture");

    /** Metonyms for governments that are organisations, not places. */
    static final Set<String> ORG_METONYMS = set("kremlin", "white house", "pentagon", "elysee", "élysée",
            "whitehall", "politburo", "knesset", "duma", "bundestag", "congress", "parliament",
            "nato", "un", "eu", "who", "imf", "opec", "bbc", "cnn", "number 10", "no 10", "commons", "scotland yard");

    /** Capitalised institution names the model tends to miss, as token sequences. */
    static final java.util.List<String[]> INSTITUTION_PHRASES = java.util.List.of(
            new String[]{"Number", "10"}, new String[]{"No", "10"}, new String[]{"No.", "10"},
            new String[]{"Kremlin"}, new String[]{"White", "House"}, new String[]{"Pentagon"},
            new String[]{"Commons"}, new String[]{"Whitehall"}, new String[]{"Politburo"},
            // parties named in the plural
            new String[]{"Liberal", "Democrats"}, new String[]{"Lib", "Dems"}, new String[]{"Conservatives"},
            new String[]{"Tories"}, new String[]{"Democrats"}, new String[]{"Republicans"},
            new String[]{"Social", "Democrats"}, new String[]{"Greens"},
            // the crime-tip programme of many countries' police, named with two common words
            new String[]{"Crime", "Stoppers"}, new String[]{"Crimestoppers"});

    /** Words that never start or form an entity on their own. */
    static final Set<String> STOP_ENTITY = set("the", "a", "an", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "their", "our", "its", "this", "that", "these", "those", "mr", "mrs", "ms", "dr",
            "source", "show", "more", "subscribe", "share", "click", "read", "leave", "reply", "back", "top",
            "about");

    /** Honorifics that always precede a person's name. */
    static final Set<String> HONORIFICS = set("mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame",
            "baroness", "baron", "prof", "professor", "rev", "madam", "mx");

    /**
     * Countries, regions and large cities, as a fallback when the NER model misses a place name (it predates
     * spellings such as "Kyiv"). Only capitalised tokens the model left untagged are looked up.
     */
    static final Set<String> PLACES = set(
            "Afghanistan", "Albania", "Algeria", "Angola", "Argentina", "Armenia", "Australia", "Austria",
            "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Bolivia", "Bosnia", "Brazil", "Bulgaria",
            "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia", "Congo", "Croatia", "Cuba",
            "Cyprus", "Czechia", "Denmark", "Ecuador", "Egypt", "Eritrea", "Estonia", "Ethiopia", "Finland",
            "France", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Haiti", "Honduras", "Hungary",
            "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan",
            "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
            "Libya", "Lithuania", "Luxembourg", "Madagascar", "Malaysia", "Mali", "Malta", "Mexico", "Moldova",
            "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands",
            "Nicaragua", "Niger", "Nigeria", "Norway", "Oman", "Pakistan", "Palestine", "Panama", "Paraguay",
            "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Senegal",
            "Serbia", "Singapore", "Slovakia", "Slovenia", "Somalia", "Spain", "Sudan", "Sweden", "Switzerland",
            "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Tunisia", "Turkey", "Turkmenistan",
            "Uganda", "Ukraine", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe",
            "Europe", "Asia", "Africa", "America", "Antarctica", "Oceania", "Crimea", "Donbas", "Donbass",
            "Siberia", "Kashmir", "Tibet", "Xinjiang", "Gaza", "Kyiv", "Kiev", "Kharkiv", "Odesa", "Odessa",
            "Mariupol", "Bakhmut", "Kherson", "Lviv", "Moscow", "Beijing", "Shanghai", "Hong Kong", "Tokyo",
            "Seoul", "Pyongyang", "Delhi", "Mumbai", "Karachi", "Islamabad", "Kabul", "Tehran", "Baghdad",
            "Damascus", "Beirut", "Jerusalem", "Ankara", "Istanbul", "Cairo", "Riyadh", "Dubai", "Doha", "Nairobi",
            "Lagos", "Johannesburg", "London", "Paris", "Berlin", "Madrid", "Rome", "Brussels", "Vienna",
            "Warsaw", "Prague", "Budapest", "Athens", "Lisbon", "Dublin", "Amsterdam", "Stockholm", "Oslo",
            "Helsinki", "Copenhagen", "Minsk", "Tbilisi", "Baku", "Yerevan", "Astana", "Tashkent", "Samarkand",
            "Washington", "Ottawa", "Canberra", "Sydney", "Brasilia", "Caracas", "Havana", "Manila", "Jakarta",
            "Hanoi", "Bangkok", "Taipei", "Singapore", "Vladivostok", "Minsk", "Chisinau", "Belgrade", "Sofia",
            "Bucharest", "Zagreb", "Sarajevo", "Tirana", "Skopje", "Edinburgh", "Glasgow", "Cardiff", "Belfast",
            "Manchester", "Birmingham", "Liverpool");

    /** Names of one country (normalised: lower case, no dots) mapped to a shared id. */
    static final java.util.Map<String, Integer> COUNTRY_SYNONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("us", 1), java.util.Map.entry("usa", 1), java.util.Map.entry("united states", 1),
            java.util.Map.entry("united states of america", 1), java.util.Map.entry("america", 1),
            java.util.Map.entry("uk", 2), java.util.Map.entry("united kingdom", 2), java.util.Map.entry("britain", 2),
            java.util.Map.entry("great britain", 2),
            java.util.Map.entry("uae", 3), java.util.Map.entry("united arab emirates", 3),
            java.util.Map.entry("drc", 4), java.util.Map.entry("democratic republic of the congo", 4),
            java.util.Map.entry("prc", 5), java.util.Map.entry("people's republic of china", 5),
            java.util.Map.entry("ussr", 6), java.util.Map.entry("soviet union", 6));

    /** The AP's abbreviations of US states ("Lancaster, Pa."), with and without their last dot. */
    static final Set<String> STATE_ABBREVIATIONS = set("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla",
            "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
            "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex",
            "vt", "va", "wash", "w.va", "wis", "wyo", "d.c");

    /** The state each of {@link #STATE_ABBREVIATIONS} stands for, lower case. */
    private static final java.util.Map<String, String> STATE_NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("ala", "alabama"), java.util.Map.entry("ariz", "arizona"),
            java.util.Map.entry("ark", "arkansas"), java.util.Map.entry("calif", "california"),
            java.util.Map.entry("colo", "colorado"), java.util.Map.entry("conn", "connecticut"),
            java.util.Map.entry("del", "delaware"), java.util.Map.entry("fla", "florida"),
            java.util.Map.entry("ga", "georgia"), java.util.Map.entry("ill", "illinois"),
            java.util.Map.entry("ind", "indiana"), java.util.Map.entry("kan", "kansas"),
            java.util.Map.entry("kans", "kansas"), java.util.Map.entry("ky", "kentucky"),
            java.util.Map.entry("la", "louisiana"), java.util.Map.entry("md", "maryland"),
            java.util.Map.entry("mass", "massachusetts"), java.util.Map.entry("mich", "michigan"),
            java.util.Map.entry("minn", "minnesota"), java.util.Map.entry("miss", "mississippi"),
            java.util.Map.entry("mo", "missouri"), java.util.Map.entry("mont", "montana"),
            java.util.Map.entry("neb", "nebraska"), java.util.Map.entry("nev", "nevada"),
            java.util.Map.entry("n.h", "new hampshire"), java.util.Map.entry("n.j", "new jersey"),
            java.util.Map.entry("n.m", "new mexico"), java.util.Map.entry("n.y", "new york"),
            java.util.Map.entry("n.c", "north carolina"), java.util.Map.entry("n.d", "north dakota"),
            java.util.Map.entry("okla", "oklahoma"), java.util.Map.entry("ore", "oregon"),
            java.util.Map.entry("pa", "pennsylvania"), java.util.Map.entry("r.i", "rhode island"),
            java.util.Map.entry("s.c", "south carolina"), java.util.Map.entry("s.d", "south dakota"),
            java.util.Map.entry("tenn", "tennessee"), java.util.Map.entry("tex", "texas"),
            java.util.Map.entry("vt", "vermont"), java.util.Map.entry("va", "virginia"),
            java.util.Map.entry("wash", "washington"), java.util.Map.entry("w.va", "west virginia"),
            java.util.Map.entry("wis", "wisconsin"), java.util.Map.entry("wyo", "wyoming"),
            java.util.Map.entry("d.c", "washington"));

    /** The lower-case name of the state an AP abbreviation ("Ariz.") stands for, or null. */
    static String stateOfAbbreviation(String name) {
        return isStateAbbreviation(name) ? STATE_NAMES.get(key(name)) : null;
    }

    static boolean isStateAbbreviation(String name) {
        return name.length() <= 6 && STATE_ABBREVIATIONS.contains(key(name));
    }

    static Set<String> set(String... words) {
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean isTitle(String word) {
        return TITLES.contains(key(word));
    }

    static boolean isDemonym(String text) {
        return DEMONYMS.contains(text.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word.toLowerCase(Locale.ROOT));
    }
}
