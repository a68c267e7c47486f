package io.newslens.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Common nouns that say what kind of thing a name is, read where English puts them next to the name: before it
 * ("distributor Jet Star", "the gay group OutRage!", "record companies VP and Greensleeves", "stars such as
 * Sizzla"), in an apposition ("the mill, Krivorizhstal, is ...", "Acme, the steelmaker, ...") or after it as the
 * head of the phrase ("the Stop Murder Music coalition"). A descriptor adds the capitalised name the model left
 * untagged, and its kind becomes the type of a name the model did tag ({@link Found#cue}); names of works
 * and events ("the film Being Julia", "the festival's sister event, the Bangkok Film Market") are not entities.
 */
final class Descriptors {

    private Descriptors() {
    }

    /** Nouns for a person, singular and plural. */
    static final Set<String> PERSON = Lexicon.set(
            "singer", "singers", "rapper", "rappers", "musician", "musicians", "artist", "artists", "star", "stars",
            "actor", "actors", "actress", "actresses", "comedian", "comedians", "strategist", "spokesman",
            "spokeswoman", "spokesperson", "novelist", "poet", "journalist", "columnist", "economist", "analyst",
            "striker", "midfielder", "defender", "goalkeeper", "winger", "batsman", "bowler", "jockey", "boxer",
            "footballer", "cyclist", "golfer", "sprinter", "businessman", "businesswoman", "tycoon", "billionaire",
            "entrepreneur", "lawyer", "barrister", "solicitor", "prosecutor", "professor", "lecturer", "scientist",
            "researcher", "activist", "campaigner", "blogger", "designer", "chef", "dj", "songwriter", "guitarist",
            "drummer", "vocalist", "filmmaker", "playwright", "photographer", "executive", "chairman",
            "chairwoman", "founder", "director", "president", "minister", "secretary", "coach",
            "captain", "editor", "author", "writer", "reporter", "correspondent", "ambassador", "lawmaker",
            "senator", "governor", "mayor");

    /** Nouns for an organisation, singular and plural. */
    static final Set<String> ORGANIZATION = Lexicon.set(
            "company", "companies", "firm", "firms", "label", "labels", "retailer", "retailers", "distributor",
            "distributors", "manufacturer", "manufacturers", "maker", "makers", "carmaker", "automaker",
            "chipmaker", "steelmaker", "drugmaker", "airline", "airlines", "bank", "banks", "lender", "lenders",
            "insurer", "insurers", "newspaper", "newspapers", "tabloid", "website",
            "websites", "portal", "charity", "charities", "group", "groups", "movement", "coalition", "party",
            "parties", "union", "unions", "band", "bands", "conglomerate", "supermarket", "supermarkets", "chain",
            "studio", "studios", "startup", "start-up",
            "consultancy", "watchdog", "regulator", "mill", "miner", "brewer", "telecoms", "utility",
            "agency", "agencies", "organisation", "organization", "organisations", "organizations", "club",
            "clubs", "outfit", "think-tank", "thinktank", "network", "networks", "subsidiary");

    /** Nouns for a work: the capitalised words after them are its title. */
    static final Set<String> WORK = Lexicon.set(
            "film", "films", "movie", "movies", "biopic", "drama", "documentary", "comedy", "thriller", "musical",
            "album", "albums", "single", "song", "songs", "novel", "book", "memoir", "opera", "series", "sitcom",
            "painting", "poem", "anthem", "novels", "books", "memoirs", "operas", "paintings", "poems", "plays",
            "games", "shows", "documentaries", "comedies", "thrillers", "musicals", "sitcoms", "singles");

    /** Nouns for an event: the name in apposition to them is the event's. */
    static final Set<String> EVENT = Lexicon.set(
            "event", "festival", "ceremony", "tournament", "championship", "championships", "conference",
            "summit", "fair", "exhibition", "competition", "contest", "race", "awards", "concert", "market");

    /** Heads that follow a name in "the X coalition": the name is an organisation's. */
    private static final Set<String> ORG_AFTER = Lexicon.set("coalition", "group", "party", "movement",
            "company", "firm", "band", "charity", "network", "alliance", "union", "organisation", "organization");

    private static final Set<String> DETERMINERS = Lexicon.set("the", "a", "an", "its", "their", "his", "her",
            "our", "this", "that", "'s", "’s");

    private static final Set<String> PREPOSITION_AFTER = Lexicon.set("of", "in", "at", "for", "from", "on",
            "with", "based", "that", "which", "who", "whose", "and", "to");

    /** Nouns for a settlement or an area: "the town of X", "the forested community of X" name a place. */
    static final Set<String> PLACE_OF = Lexicon.set("town", "city", "village", "community", "suburb", "hamlet",
            "township", "municipality", "neighbourhood", "neighborhood", "borough", "county", "province", "state",
            "district", "region", "island", "port");

    /** What a descriptor says: a type, or that the name is a work's or an event's (not an entity). */
    enum Kind {
        PERSON, ORGANIZATION, LOCATION, WORK, EVENT
    }

    static Kind kindOf(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        if (PERSON.contains(k)) {
            return Kind.PERSON;
        }
        if (ORGANIZATION.contains(k)) {
            return Kind.ORGANIZATION;
        }
        if (WORK.contains(k)) {
            return Kind.WORK;
        }
        if (EVENT.contains(k)) {
            return Kind.EVENT;
        }
        return null;
    }

    /** A name described by a noun: tokens {@code [from, to)} and what the noun says about it. */
    record Described(int from, int to, Kind kind) {
    }

    /** Finds the described names of one section's tokens. */
    static void find(List<Tok> toks, java.util.function.Consumer<Described> out) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            String w = toks.get(i).word();
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                continue;
            }
            Kind kind = kindOf(w);
            if (kind != null) {
                before(toks, i, kind, out);
                appositionAfter(toks, i, kind, out);
            }
            if (ORG_AFTER.contains(w) && i >= 2) {
                headAfter(toks, i, out);
            }
            if (PLACE_OF.contains(w)) {
                placeOf(toks, i, out);
            }
        }
    }

    /** "distributor Jet Star", "stars such as Sizzla", "the film Being Julia", "sister event, the X". */
    private static void before(List<Tok> toks, int i, Kind kind, java.util.function.Consumer<Described> out) {
        int j = i + 1;
        int n = toks.size();
        if (j + 1 < n && toks.get(j).word().equals("such") && toks.get(j + 1).word().equals("as")) {
            j += 2;
        } else if (j < n && (toks.get(j).word().equals("including") || toks.get(j).word().equals("like"))) {
            j++;
        }
        if (j + 1 < n && toks.get(j).word().equals(",") && hasDeterminerBefore(toks, i)) {
            // the apposition: "the festival's sister event, the Bangkok Film Market"
            int k = j + 1;
            if (k < n && toks.get(k).word().equalsIgnoreCase("the")) {
                k++;
            }
            int end = nameEnd(toks, k, i);
            if (end > k && (end >= n || closesApposition(toks.get(end).word()) || toks.get(end).sentence() != toks.get(i).sentence())) {
                out.accept(new Described(k, end, kind));
            }
            return;
        }
        if (kind == Kind.EVENT) {
            return;
        }
        int end = kind == Kind.WORK ? titleEnd(toks, j, i) : nameEnd(toks, j, i);
        // "the film Smith directed": a relative clause, not a premodifier; journalists write "director Mike
        // Leigh" and "the gay group OutRage!", with no article right before the noun
        if (end > j && !(j == i + 1 && i > 0 && isArticleOrRelative(toks.get(i - 1).word()) && end == j + 1
                && end < toks.size() && Character.isLowerCase(toks.get(end).word().charAt(0))
                && !PREPOSITION_AFTER.contains(toks.get(end).word()))) {
            out.accept(new Described(j, end, kind));
        }
    }

    private static boolean isArticleOrRelative(String w) {
        return isArticle(w) || w.equalsIgnoreCase("that") || w.equalsIgnoreCase("which");
    }

    /** "Krivorizhstal, the steel mill, ...", "Glen Yearwood, a media strategist who ...". */
    private static void appositionAfter(List<Tok> toks, int i, Kind kind, java.util.function.Consumer<Described> out) {
        if (kind == Kind.WORK || kind == Kind.EVENT) {
            return;
        }
        if (i + 1 < toks.size() && !closesApposition(toks.get(i + 1).word())
                && !PREPOSITION_AFTER.contains(toks.get(i + 1).word())) {
            return;
        }
        // back over lower-case modifiers to the determiner, then the comma, then the name
        int k = i - 1;
        int modifiers = 0;
        while (k >= 0 && modifiers < 4 && toks.get(k).sentence() == toks.get(i).sentence()
                && isModifier(toks.get(k).word())) {
            k--;
            modifiers++;
        }
        if (k < 1 || !isArticle(toks.get(k).word()) || !toks.get(k - 1).word().equals(",")) {
            return;
        }
        int end = k - 1;
        int start = end;
        while (start - 1 >= 0 && toks.get(start - 1).sentence() == toks.get(i).sentence()
                && isNameWord(toks.get(start - 1).word()) && end - start < 5) {
            start--;
        }
        if (start < end) {
            out.accept(new Described(start, end, kind));
        }
    }

    /**
     * "the town of North Fork", "the forested community of Alpine": a settlement noun after "the" (a few modifiers
     * between) with "of" and a capitalised name after it. Not "the city of London's" owner, which is a phrase.
     */
    private static void placeOf(List<Tok> toks, int i, java.util.function.Consumer<Described> out) {
        int n = toks.size();
        if (i + 2 >= n || !toks.get(i + 1).word().equals("of")) {
            return;
        }
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && toks.get(k).sentence() == toks.get(i).sentence()
                && !isArticle(toks.get(k).word()) && Character.isLowerCase(toks.get(k).word().charAt(0))) {
            k--;
        }
        if (k < 0 || !toks.get(k).word().equalsIgnoreCase("the")) {
            return;
        }
        int end = nameEnd(toks, i + 2, i);
        if (end > i + 2 && (end >= n || !toks.get(end).word().equals("'s") && !toks.get(end).word().equals("’s"))) {
            out.accept(new Described(i + 2, end, Kind.LOCATION));
        }
    }

    /** "the Stop Murder Music coalition": the capitalised words between the article and the head. */
    private static void headAfter(List<Tok> toks, int i, java.util.function.Consumer<Described> out) {
        int start = i;
        while (start - 1 >= 0 && toks.get(start - 1).sentence() == toks.get(i).sentence()
                && isNameWord(toks.get(start - 1).word()) && i - start < 5) {
            start--;
        }
        if (start < i && start - 1 >= 0 && isArticle(toks.get(start - 1).word())
                && toks.get(start - 1).word().equalsIgnoreCase("the")) {
            out.accept(new Described(start, i, Kind.ORGANIZATION));
        }
    }

    /** End (exclusive) of the capitalised name starting at {@code j}, or {@code j} when there is none. */
    static int nameEnd(List<Tok> toks, int j, int anchor) {
        int n = toks.size();
        int k = j;
        while (k < n && k - j < 5 && toks.get(k).sentence() == toks.get(anchor).sentence()) {
            if (isNameWord(toks.get(k).word())) {
                k++;
            } else if (k > j && k + 1 < n && isHyphen(toks.get(k).word()) && toks.get(k - 1).end() == toks.get(k).begin()
                    && toks.get(k).end() == toks.get(k + 1).begin() && isNameWord(toks.get(k + 1).word())) {
                // "J-Flag", split by the tokenizer
                k += 2;
            } else {
                break;
            }
        }
        return k;
    }

    private static final Set<String> TITLE_JOINERS = Lexicon.set("of", "on", "the", "at", "in", "a", "an",
            "to", "for", "from", "with");

    /**
     * End (exclusive) of a work's title starting at {@code j}: capitalised words, small words among them
     * ("All Quiet on the Western Front").
     */
    static int titleEnd(List<Tok> toks, int j, int anchor) {
        int n = toks.size();
        int k = j;
        int end = j;
        while (k < n && k - j < 10 && toks.get(k).sentence() == toks.get(anchor).sentence()) {
            String w = toks.get(k).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Character.isLetterOrDigit(w.charAt(0))
                    && (k > j || !Lexicon.isTitle(w))) {
                k++;
                end = k;
            } else if (k > j && TITLE_JOINERS.contains(w)) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    /** A capitalised word that can be part of a name (not a title, a function word, a month or a demonym). */
    static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
            return false;
        }
        return !Lexicon.isTitle(w) && !Lexicon.isDemonym(w) && !Names.isFunctionWord(w)
                && !Names.isCalendar(w) && !Lexicon.STOP_ENTITY.contains(w.toLowerCase(Locale.ROOT));
    }

    private static boolean isHyphen(String w) {
        return w.equals("-") || w.equals("‐");
    }

    private static boolean isModifier(String w) {
        return !w.isEmpty() && (Character.isLowerCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))
                && !isArticle(w) && !PREPOSITION_AFTER.contains(w) || w.equals("'s") || w.equals("’s")
                || w.equals("-");
    }

    private static boolean isArticle(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        return k.equals("the") || k.equals("a") || k.equals("an");
    }

    private static boolean closesApposition(String w) {
        return w.equals(",") || w.equals(".") || w.equals(")") || w.equals(";") || w.equals(":")
                || w.equals("-RRB-");
    }

    private static boolean hasDeterminerBefore(List<Tok> toks, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4 && toks.get(k).sentence() == toks.get(i).sentence(); k--) {
            if (DETERMINERS.contains(toks.get(k).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (toks.get(k).word().equals(",")) {
                return false;
            }
        }
        return false;
    }

    static boolean isSentenceStart(List<Tok> toks, int k) {
        return k == 0 || toks.get(k - 1).sentence() != toks.get(k).sentence();
    }
}
