package io.newslens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Mentions.*;
import static io.newslens.extract.ModelSpans.*;

/**
 * Mentions the model misses, found by general rules: an honorific before a capitalised word ("Mr Mates"),
 * a capitalised phrase ending in an organisation's head noun ("the Trafford Centre", "GeoEconomics Center"),
 * an institution ("Number 10"), a well-known place name.
 */
final class RuleMentions {

    private RuleMentions() {
    }

    /** Whether token {@code t} is covered by a mention of that token alone. */
    static boolean coveredAlone(List<Found> found, Section section, int t) {
        Found f = mentionAt(found, section, t);
        return f != null && f.from == t && f.to == t + 1;
    }

    /** The first mention found in {@code section} that covers token {@code t}, or null. */
    private static Found mentionAt(List<Found> found, Section section, int t) {
        for (Found f : found) {
            if (f.section == section && t >= f.from && t < f.to) {
                return f;
            }
        }
        return null;
    }

    /** An institution phrase ("Number 10", "the Commons") starting at token {@code i}, untagged, or null. */
    static String[] institutionAt(List<Tok> toks, int i, boolean[] cov) {
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

    static void addRuleMentions(Section section, String text, List<Tok> toks, List<Found> found) {
        joinNicknames(section, text, toks, found);
        boolean[] cov = Mentions.covered(section, toks, found);
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).word();
            if (w.equals("of") && i > 0 && i + 1 < toks.size() && isCapitalized(toks.get(i - 1).word())
                    && isCapitalized(toks.get(i + 1).word())) {
                int[] place = ModelSpans.placeWithOf(text, toks, i + 1, i + 2);
                if (place[0] < i && !overlapsOutside(found, section, place[0], place[1])) {
                    // "Bay of Plenty", "Isle of Man": a place named with "of" that the gazetteer knows whole
                    replaceWithOne(section, text, toks, found, cov, place[0], place[1] - 1, EntityType.LOCATION);
                    continue;
                }
            }
            int owner = ownedVenueStart(toks, i);
            if (owner >= 0 && !overlapsOutside(found, section, owner, i + 2)) {
                // "Faletti's Hotel", "St Thomas' Hospital": a founder's possessive names the venue with its head
                replaceWithOne(section, text, toks, found, cov, owner, i + 1, EntityType.ORGANIZATION);
                continue;
            }
            int road = roadStartAt(toks, i, cov);
            if (road >= 0 && !overlapsOutside(found, section, road, i + 1)) {
                replaceWithOne(section, text, toks, found, cov, road, i, EntityType.LOCATION);
                continue;
            }
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
                if (a == i && i > 0 && STATE_FORCES.contains(w.toLowerCase(Locale.ROOT)) && !cov[i - 1]
                        && toks.get(i - 1).sentence() == toks.get(i).sentence()
                        && Lexicon.isDemonym(toks.get(i - 1).word())) {
                    a = i - 1; // "the Nigerian Police", "the Indian Army": a country's force, named by its nationality
                }
                int z = i;
                // "Bank of England": the place after "of" is part of the name, whatever the model made of it alone
                if (i + 2 < toks.size() && (toks.get(i + 1).word().equals("of") || toks.get(i + 1).word().equals("for"))
                        && isCapitalized(toks.get(i + 2).word())
                        && (!cov[i + 2] || placeWithin(found, section, i + 2, i + 2))
                        && !FUNCTION_WORDS.contains(toks.get(i + 2).word())) {
                    z = i + 2;
                    while (z + 1 < toks.size() && isCapitalized(toks.get(z + 1).word())
                            && (!cov[z + 1] || placeWithin(found, section, z + 1, i + 2))
                            && Character.isLetter(toks.get(z + 1).word().charAt(0))
                            && toks.get(z + 1).sentence() == toks.get(i).sentence()) {
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
                        replaceWithOne(section, text, toks, found, cov, a, z, EntityType.ORGANIZATION);
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
            if (creditedSiteAt(toks, i, cov) || platformAt(toks, i, cov)) {
                add(section, i, i + 1, toks.get(i).begin(), toks.get(i).end(), w, EntityType.ORGANIZATION, found);
                cov[i] = true;
                continue;
            }
            int b = broadcasterAt(toks, i, cov);
            if (b > i) {
                Found f = add(section, i, b, toks.get(i).begin(), toks.get(b - 1).end(),
                        text.substring(toks.get(i).begin(), toks.get(b - 1).end()), EntityType.ORGANIZATION, found);
                if (f != null) {
                    f.cue = EntityType.ORGANIZATION;
                }
                for (int t = i; t < b; t++) {
                    cov[t] = true;
                }
            }
        }
        extendToLocalInstitutions(section, text, toks, found);
    }

    /** A news site named by its domain: "dailymail.co.uk", "Legit.ng" (no "www.": an address to visit). */
    private static final java.util.regex.Pattern SITE = java.util.regex.Pattern.compile(
            "(?i)(?!www\\.)[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*"
                    + "\\.(com|net|org|news|tv|info|co\\.[a-z]{2}|com\\.[a-z]{2}|[a-z]{2})");
    /** Words before a site that credit it with a report: "reports dailymail.co.uk", "Source: Legit.ng". */
    private static final Set<String> CREDIT_BEFORE = Set.of("reports", "reported", "according", "told", "source", "via",
            "by", ":");
    /** Words after a site that credit it: "TMZ.com reported". */
    private static final Set<String> CREDIT_AFTER = Set.of("reports", "reported", "said", "says", "learned", "learnt",
            "understands", "revealed", "reveals");

    /**
     * A news site credited with a report by its domain ("..., reports dailymail.co.uk.", "Source: Legit.ng"): an
     * outlet, so an organisation. The model does not read domains; a bare address ("visit www.example.com") is none.
     */
    static boolean creditedSiteAt(List<Tok> toks, int i, boolean[] cov) {
        String w = toks.get(i).word();
        if (cov[i] || w.indexOf('.') <= 0 || !SITE.matcher(w).matches() || w.indexOf('@') >= 0) {
            return false;
        }
        String before = i > 0 && toks.get(i - 1).paragraph() == toks.get(i).paragraph()
                ? toks.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String after = i + 1 < toks.size() && toks.get(i + 1).sentence() == toks.get(i).sentence()
                ? toks.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        return CREDIT_BEFORE.contains(before) || CREDIT_AFTER.contains(after);
    }

    /**
     * "Christopher “Bong” Go", "Earvin 'Magic' Johnson": a nickname in quotation marks between a given name and a
     * surname is part of the person's name, which the model cuts in two at the marks. One of the two names must be
     * tagged as a person's.
     */
    static void joinNicknames(Section section, String text, List<Tok> toks, List<Found> found) {
        for (int i = 0; i + 4 < toks.size(); i++) {
            if (!isCapitalized(toks.get(i).word()) || !QuoteDoc.isQuoteMark(toks.get(i + 1).word())) {
                continue;
            }
            int j = i + 2;
            while (j < toks.size() && j < i + 5 && isCapitalized(toks.get(j).word())
                    && Character.isLetter(toks.get(j).word().charAt(0))) {
                j++;
            }
            int last = j + 1;
            if (j == i + 2 || last >= toks.size() || !QuoteDoc.isQuoteMark(toks.get(j).word())
                    || !isCapitalized(toks.get(last).word()) || !Character.isLetter(toks.get(last).word().charAt(0))
                    || toks.get(last).sentence() != toks.get(i).sentence()
                    || !"PERSON".equals(toks.get(i).ner()) && !"PERSON".equals(toks.get(last).ner())) {
                continue;
            }
            int start = i;
            while (start > 0 && "PERSON".equals(toks.get(start - 1).ner()) && isCapitalized(toks.get(start - 1).word())
                    && toks.get(start - 1).sentence() == toks.get(i).sentence()) {
                start--;
            }
            int end = last + 1;
            while (end < toks.size() && "PERSON".equals(toks.get(end).ner()) && isCapitalized(toks.get(end).word())
                    && toks.get(end).sentence() == toks.get(i).sentence()) {
                end++;
            }
            final int from = start;
            final int to = end;
            found.removeIf(f -> f.section == section && f.from < to && f.to > from);
            add(section, from, to, toks.get(from).begin(), toks.get(to - 1).end(),
                    text.substring(toks.get(from).begin(), toks.get(to - 1).end()), EntityType.PERSON, found);
            i = end - 1;
        }
    }

    /** Whether token {@code t} is in a mention the model typed as a place that starts at {@code from} or later. */
    private static boolean placeWithin(List<Found> found, Section section, int t, int from) {
        Found f = mentionAt(found, section, t);
        return f != null && f.label == EntityType.LOCATION && f.from >= from;
    }

    /** A country's forces, named by its nationality and a capitalised head: "the Nigerian Police", "the Indian Navy". */
    private static final Set<String> STATE_FORCES = Set.of("police", "army", "navy");

    /** Replaces the mentions found inside tokens {@code [from, to]} with one mention of them all, of that type. */
    private static void replaceWithOne(Section section, String text, List<Tok> toks, List<Found> found, boolean[] cov,
                                       int from, int to, EntityType type) {
        found.removeIf(f -> f.section == section && f.from >= from && f.to <= to + 1);
        add(section, from, to + 1, toks.get(from).begin(), toks.get(to).end(),
                text.substring(toks.get(from).begin(), toks.get(to).end()), type, found);
        for (int t = from; t <= to; t++) {
            cov[t] = true;
        }
    }

    /** Head nouns of a venue named by a possessive: "Faletti's Hotel", "King's College". */
    private static final Set<String> OWNED_VENUES = Set.of("hotel", "hospital", "college", "school", "restaurant",
            "bakery", "pub", "inn", "academy", "cafe", "café");

    /**
     * Where a venue's name starts when token {@code i} is a possessive between one or two capitalised words and a
     * venue's head noun that ends the name ("Faletti's Hotel in Lahore"); -1 otherwise.
     */
    private static int ownedVenueStart(List<Tok> toks, int i) {
        if (i < 1 || i + 1 >= toks.size() || !isPossessive(toks.get(i).word())
                || !OWNED_VENUES.contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT))
                || !isCapitalized(toks.get(i + 1).word())
                || i + 2 < toks.size() && isCapitalized(toks.get(i + 2).word())
                && toks.get(i + 2).sentence() == toks.get(i).sentence()) {
            return -1;
        }
        int a = i - 1;
        if (!isCapitalized(toks.get(a).word()) || !Character.isLetter(toks.get(a).word().charAt(0))
                || a > 0 && isPossessive(toks.get(a - 1).word())) {
            return -1; // "Joe DiMaggio's Children's Hospital": part of a longer name
        }
        if (a > 0 && isCapitalized(toks.get(a - 1).word()) && Character.isLetter(toks.get(a - 1).word().charAt(0))
                && toks.get(a - 1).sentence() == toks.get(a).sentence() && !Lexicon.STOP_ENTITY.contains(
                toks.get(a - 1).word().toLowerCase(Locale.ROOT))) {
            a--;
        }
        return a;
    }

    /** Whether a mention found in {@code section} overlaps tokens {@code [from, to)} and runs outside them. */
    private static boolean overlapsOutside(List<Found> found, Section section, int from, int to) {
        for (Found f : found) {
            if (f.section == section && f.from < to && f.to > from && (f.from < from || f.to > to)) {
                return true;
            }
        }
        return false;
    }

    /** Last words of a road's name ("Range Road", "Pump Station Rd.", "North Geddes Street"); not "St." or "Dr.". */
    private static final Set<String> ROAD_HEADS = Set.of("road", "rd", "rd.", "street", "avenue", "ave", "ave.",
            "boulevard", "blvd", "blvd.", "drive", "lane", "highway", "parkway", "expressway", "freeway", "turnpike");
    /** A numbered road ("M-59", "I-95", "US-1"): read so only after a word that puts it on a map ("near M-59"). */
    private static final java.util.regex.Pattern NUMBERED_ROAD = java.util.regex.Pattern.compile(
            "(I|M|US|SR|SH|NH)-\\d{1,3}");
    private static final Set<String> ON_THE_MAP = Set.of("on", "near", "off", "along", "onto", "from", "to", "at", "via",
            "of", "and", "westbound", "eastbound", "northbound", "southbound");

    /**
     * The first token of a road's name ending at token {@code i}, or -1. The model seldom tags roads, which local
     * news names in every crash and fire; a road is a place. The name is the capitalised words before a road noun
     * (any tagged part of it is replaced: "Van Dyke" in "Van Dyke Avenue"), up to four; a house number is not part of
     * it ("704 Park Avenue"), and a name right after a small number is left alone ("15 Mile Road": the number may be
     * the road's or the house's). The noun is not read as a road's when the name goes on ("Wall Street Journal",
     * "Highway Patrol"), or when the model took "Lane" for a surname ("Nathan Lane"); the model's person in a
     * headline's "Park Ave" is the road.
     */
    static int roadStartAt(List<Tok> toks, int i, boolean[] cov) {
        Tok t = toks.get(i);
        String w = t.word();
        // the tokenizer cuts "M-59" in three
        int start = w.indexOf('-') > 0 && NUMBERED_ROAD.matcher(w).matches() ? i
                : i >= 2 && !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.length() <= 3
                && isDash(toks.get(i - 1).word()) && w.chars().allMatch(Character::isDigit)
                && NUMBERED_ROAD.matcher(toks.get(i - 2).word() + "-" + w).matches()
                && toks.get(i - 2).end() + 1 == t.begin() ? i - 2 : -1;
        if (start >= 0) {
            for (int k = start; k <= i; k++) {
                if (cov[k]) {
                    return -1;
                }
            }
            return start > 0 && toks.get(start - 1).sentence() == t.sentence()
                    && ON_THE_MAP.contains(toks.get(start - 1).word().toLowerCase(Locale.ROOT)) ? start : -1;
        }
        if (!isCapitalized(w) || !ROAD_HEADS.contains(w.toLowerCase(Locale.ROOT))
                || w.equals("Lane") && "PERSON".equals(t.ner()) || Names.isAllCaps(w)) {
            return -1;
        }
        if (i + 1 < toks.size() && toks.get(i + 1).sentence() == t.sentence()
                && isCapitalized(toks.get(i + 1).word()) && Character.isLetter(toks.get(i + 1).word().charAt(0))) {
            return -1;
        }
        int a = i;
        while (a - 1 >= 0 && a > i - 4 && toks.get(a - 1).sentence() == t.sentence()) {
            String p = toks.get(a - 1).word();
            if (isCapitalized(p) && Character.isLetter(p.charAt(0)) && !FUNCTION_WORDS.contains(p)
                    && !Lexicon.HONORIFICS.contains(Lexicon.key(p)) && !Lexicon.isDemonym(p)
                    && !ROAD_HEADS.contains(p.toLowerCase(Locale.ROOT)) && !isPossessive(p)) {
                a--;
            } else {
                break;
            }
        }
        if (a == i
                || a > 0 && toks.get(a - 1).sentence() == t.sentence() && isSmallNumber(toks.get(a - 1).word())) {
            return -1;
        }
        for (int k = a; k <= i; k++) {
            if (cov[k] && "ORGANIZATION".equals(toks.get(k).ner())) {
                return -1;
            }
        }
        return a;
    }

    /** Words that make a platform's name one: "on X", "to Instagram", "X handle", "Facebook post". */
    private static final Set<String> PLATFORM_BEFORE = Set.of("on", "to", "via", "across");
    private static final Set<String> PLATFORM_AFTER = Set.of("post", "posts", "handle", "account", "accounts", "user",
            "users", "page", "feed", "story", "stories", "video", "videos", "live", "thread", "bio");
    /** Platforms named by a common word, which "on" or "post" do not make a name ("on Line 5", "a Medium post"). */
    private static final Set<String> COMMON_WORD_PLATFORMS = Set.of("line", "medium");

    /**
     * A social platform named as where people post ("wrote on X", "his X handle", "an Instagram post"), untagged: the
     * model leaves a one-letter name untagged and often the others. The platform is an organisation (never a speaker:
     * {@link QuoteDoc#PLATFORMS}).
     */
    static boolean platformAt(List<Tok> toks, int i, boolean[] cov) {
        String w = toks.get(i).word();
        if (cov[i] || !isCapitalized(w) || !QuoteDoc.PLATFORMS.contains(Gazetteer.key(w))
                || COMMON_WORD_PLATFORMS.contains(Gazetteer.key(w))) {
            return false;
        }
        boolean before = i > 0 && toks.get(i - 1).sentence() == toks.get(i).sentence()
                && PLATFORM_BEFORE.contains(toks.get(i - 1).word().toLowerCase(Locale.ROOT));
        boolean after = i + 1 < toks.size() && toks.get(i + 1).sentence() == toks.get(i).sentence()
                && PLATFORM_AFTER.contains(toks.get(i + 1).word().toLowerCase(Locale.ROOT));
        return before || after;
    }

    /** A US broadcaster's call sign: four capitals starting with K or W, with its band ("WSYR-TV"). */
    static final java.util.regex.Pattern CALL_SIGN = java.util.regex.Pattern.compile(
            "[KW][A-Z]{3}(-(TV|FM|AM|DT|CD|LD|HD))?");
    /** US networks whose local stations go by the network's name and channel number: "NBC 5", "FOX 13". */
    static final Set<String> NETWORKS = Set.of("NBC", "CBS", "ABC", "FOX", "CW", "PBS");
    /** Whether the call sign at token {@code i} is followed by its channel's number: "KSDK 5". */
    static boolean channelNumberAfter(List<Tok> toks, int i) {
        return i + 1 < toks.size() && toks.get(i + 1).sentence() == toks.get(i).sentence()
                && isSmallNumber(toks.get(i + 1).word());
    }

    /** One or two digits: a channel's number ("KSDK 5"), a small number before a name ("15 Mile Road"). */
    private static boolean isSmallNumber(String w) {
        return (w.length() == 1 || w.length() == 2) && w.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A station's brand with its number: "8News", "News24", "News24Wire". */
    private static final java.util.regex.Pattern NUMBERED_NEWS = java.util.regex.Pattern.compile(
            "\\d+News|News\\d+[A-Za-z]*");

    /**
     * The end of a broadcaster's name starting at token {@code i} ("KETK", "WSYR-TV", "KSDK 5", "NewsChannel 5",
     * "Local 3 News", "8News"), untagged, or {@code i}: call signs are read only outside capitalised lines (a headline
     * in capitals is full of four-letter words).
     */
    static int broadcasterAt(List<Tok> toks, int i, boolean[] cov) {
        if (cov[i]) {
            return i;
        }
        String w = toks.get(i).word();
        if (NUMBERED_NEWS.matcher(w).matches()) {
            return i + 1;
        }
        if (NETWORKS.contains(w) && channelNumberAfter(toks, i) && !cov[i + 1]) {
            return i + 2;
        }
        if (CALL_SIGN.matcher(w).matches() && !inCapitalisedLine(toks, i)) {
            return channelNumberAfter(toks, i) && !cov[i + 1] ? i + 2 : i + 1;
        }
        if (i + 1 < toks.size() && !cov[i + 1] && isSmallNumber(toks.get(i + 1).word())
                && (w.equals("NewsChannel") || w.equals("Channel"))) {
            return i + 2;
        }
        if (i + 2 < toks.size() && isCapitalized(w) && Character.isLetter(w.charAt(0)) && !cov[i + 1] && !cov[i + 2]
                && isSmallNumber(toks.get(i + 1).word()) && toks.get(i + 2).word().equals("News")) {
            return i + 3;
        }
        return i;
    }

    private static boolean inCapitalisedLine(List<Tok> toks, int i) {
        int caps = 0;
        int words = 0;
        for (int k = Math.max(0, i - 4); k < Math.min(toks.size(), i + 5); k++) {
            String x = toks.get(k).word();
            if (k != i && toks.get(k).sentence() == toks.get(i).sentence() && Character.isLetter(x.charAt(0))) {
                words++;
                caps += Names.isAllCaps(x) && x.length() > 1 ? 1 : 0;
            }
        }
        return words > 0 && caps * 2 > words;
    }

    /** Lower-case nouns after a place that make the two one organisation: "Toronto police", "the Johnson County sheriff's office". */
    private static final List<String[]> LOCAL_INSTITUTIONS = List.of(
            new String[]{"sheriff", "'s", "office"}, new String[]{"sheriff", "’s", "office"},
            new String[]{"sheriff's", "office"}, new String[]{"sheriff’s", "office"}, new String[]{"sheriff", "office"},
            new String[]{"police", "department"}, new String[]{"police", "service"}, new String[]{"police", "force"},
            new String[]{"police"}, new String[]{"fire", "department"}, new String[]{"fire", "service"},
            new String[]{"city", "council"}, new String[]{"county", "commission"}, new String[]{"school", "district"},
            new String[]{"school", "board"}, new String[]{"health", "department"}, new String[]{"prosecutor", "'s", "office"},
            new String[]{"prosecutor", "’s", "office"});

    /** A country's name: "UK police" are a country's forces, not one organisation named so. */
    static boolean isCountry(String name) {
        String k = Gazetteer.key(name).replace(".", "");
        return Lexicon.COUNTRY_SYNONYMS.containsKey(k) || Gazetteer.kind(name) == Gazetteer.Kind.COUNTRY
                || Lexicon.PLACES.contains(name) && Gazetteer.kind(name) != Gazetteer.Kind.PLACE;
    }

    /**
     * A place followed by a local institution in lower case ("Toronto police say", "the Johnson County sheriff's
     * office said") is that institution, an organisation, rather than the place.
     */
    static void extendToLocalInstitutions(Section section, String text, List<Tok> toks, List<Found> found) {
        for (int n = 0; n < found.size(); n++) {
            Found f = found.get(n);
            if (f.section != section || f.to >= toks.size()
                    || (f.cue != null ? f.cue : f.label) != EntityType.LOCATION || isCountry(f.text)) {
                continue;
            }
            for (String[] p : LOCAL_INSTITUTIONS) {
                if (f.to + p.length > toks.size()) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < p.length && match; k++) {
                    match = toks.get(f.to + k).word().equals(p[k]);
                }
                if (match) {
                    int to = f.to + p.length;
                    Found org = new Found(section, f.from, to, f.begin, toks.get(to - 1).end(),
                            text.substring(f.begin, toks.get(to - 1).end()), EntityType.ORGANIZATION);
                    org.cue = EntityType.ORGANIZATION;
                    found.set(n, org);
                    break;
                }
            }
        }
    }
}
