package io.newslens.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.newslens.extract.Acronyms.*;
import static io.newslens.extract.Names.*;
import static io.newslens.extract.Typing.*;

/**
 * One identity per referent: groups the mentions of an article by surface form, then joins the groups that name
 * one referent (a surname and the full name, an acronym and its expansion, a country's names, a party's
 * adjective and plural, an organisation's short name).
 */
final class Identities {

    /** A country's formal name: "Republic of Kenya", "the Federal Republic of Nigeria", "Kingdom of Saudi Arabia". */
    private static final java.util.regex.Pattern FORMAL_COUNTRY = java.util.regex.Pattern.compile(
            "(?:[Tt]he )?(?:(?:Federal|Democratic|Islamic|Socialist|United|People's|People’s|Arab|Cooperative|Plurinational"
                    + "|Bolivarian|Hashemite|Independent|Federative|Oriental) )*(?:Republic|Kingdom|Commonwealth|State"
                    + "|Sultanate|Emirate|Principality|Federation|Grand Duchy) of (?:the )?(.+)");

    private Identities() {
    }

    /**
     * The mentions of each referent, in order of first mention; {@code links} are pairs of mentions known to
     * name one referent ("International Criminal Court (ICC)").
     */
    static Collection<List<Found>> merge(List<Found> found, List<Found[]> links) {
        // 1. group by normalised surface form
        List<List<Found>> groups = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        // each group's normalised name, its key: the rules below compare every pair of groups
        List<String> keys = new ArrayList<>();
        for (Found f : found) {
            String k = norm(f.text);
            Integer g = byKey.get(k);
            if (g == null) {
                g = groups.size();
                byKey.put(k, g);
                groups.add(new ArrayList<>());
                keys.add(k);
            }
            groups.get(g).add(f);
            f.group = g;
        }
        int[] parent = new int[groups.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        EntityType[] votes = new EntityType[groups.size()];
        String[] gn = keys.toArray(new String[0]);
        // each group's words, split once
        String[][] gw = new String[groups.size()][];
        for (int i = 0; i < groups.size(); i++) {
            votes[i] = vote(groups.get(i));
            gw[i] = words(groups.get(i).get(0).text);
        }

        for (Found[] link : links) {
            Found a = present(link[0], found);
            Found b = present(link[1], found);
            if (a != null && b != null) {
                union(parent, a.group, b.group);
            }
        }
        // 2. people named in part: "Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping"
        for (int i = 0; i < groups.size(); i++) {
            String[] words = gw[i];
            if (words.length != 1 || votes[i] == EntityType.MISC && !isPersonish(groups.get(i))) {
                continue;
            }
            int best = -1;
            int bestCount = -1;
            for (int j = 0; j < groups.size(); j++) {
                if (j == i || votes[j] != EntityType.PERSON) {
                    continue;
                }
                String[] full = gw[j];
                if (full.length < 2) {
                    continue;
                }
                boolean part = eqWord(full[0], words[0]) || eqWord(full[full.length - 1], words[0]);
                if (part && groups.get(j).size() > bestCount) {
                    best = j;
                    bestCount = groups.get(j).size();
                }
            }
            if (best < 0 && votes[i] == EntityType.PERSON) {
                // "Azmin" -> "Mohamed Azmin Ali": a name known by a middle word (Malay, Arabic and other names put
                // the given name after a common first one), when one full name alone has it
                int middle = -1;
                int having = 0;
                for (int j = 0; j < groups.size(); j++) {
                    if (j != i && votes[j] == EntityType.PERSON && hasMiddleWord(gw[j], words[0])) {
                        middle = j;
                        having++;
                    }
                }
                best = having == 1 ? middle : -1;
            }
            if (best >= 0 && (votes[i] == EntityType.PERSON || personShare(groups.get(i)) > 0
                    || votes[i] == EntityType.MISC || groups.get(i).size() <= groups.get(best).size() * 3)) {
                union(parent, i, best);
            }
        }
        // 2a. a person's name with and without leading initials: "K. Chandrasekhar Rao", "Chandrasekhar Rao"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.PERSON) {
                continue;
            }
            String[] w = gw[i];
            int k = 0;
            while (k < w.length - 2 && isInitial(w[k])) {
                k++;
            }
            if (k == 0) {
                continue;
            }
            String rest = norm(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)));
            for (int j = 0; j < groups.size(); j++) {
                if (j != i && votes[j] == EntityType.PERSON && gn[j].equals(rest)) {
                    union(parent, i, j);
                }
            }
        }
        // 2a'. one person's name spelled two ways, the surname one letter off: "Aslan Karatsev", "Aslan Karatev"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.PERSON) {
                continue;
            }
            String[] w = gw[i];
            for (int j = i + 1; j < groups.size() && w.length == 2; j++) {
                String[] v = gw[j];
                if (votes[j] == EntityType.PERSON && v.length == 2 && eqWord(v[0], w[0])
                        && oneEditApart(norm(v[1]), norm(w[1]))) {
                    union(parent, i, j);
                }
            }
        }
        // 2b. a person named by the last two words or more of the full name: "Del Rey" -> "Lana Del Rey". The short
        // form is the same person whatever the model or the gazetteer made of it ("Del Rey" is also a town), unless
        // it names an organisation
        for (int i = 0; i < groups.size(); i++) {
            String[] w = gw[i];
            if (w.length < 2 || votes[i] == EntityType.ORGANIZATION || !capitalised(w)) {
                continue;
            }
            int only = onlyLongerEndingWith(groups, votes, i, w, EntityType.PERSON);
            if (only >= 0) {
                union(parent, i, only);
            }
        }
        // 3. acronyms: "ICC" -> "International Criminal Court"
        boolean[] expanded = new boolean[groups.size()];
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
                String[] full = gw[j];
                if (full.length >= 2 && acronymOf(t, full)) {
                    union(parent, i, j);
                    expanded[i] = true;
                    break;
                }
            }
        }
        // 3a. one state, two names: "Ariz." and "Arizona"
        for (int i = 0; i < groups.size(); i++) {
            String state = Lexicon.stateOfAbbreviation(groups.get(i).get(0).text);
            if (state == null) {
                continue;
            }
            for (int j = 0; j < groups.size(); j++) {
                if (j != i && gn[j].equals(state)) {
                    union(parent, i, j);
                }
            }
        }
        EntityType[] decidedTypes = new EntityType[groups.size()];
        // 3a'. a place named with and without its kind: "Van Dyke" and "Van Dyke Avenue", "Borno" and "Borno State"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] == EntityType.ORGANIZATION) {
                continue;
            }
            String k = gn[i];
            String kSpelled = spelledOut(k);
            for (int j = 0; j < groups.size(); j++) {
                // the model's vote, or the type the whole group will get ("Borno State", which the model took for
                // an organisation, is a place by the gazetteer; "Ohio State" stays the university)
                if (j == i || votes[j] != EntityType.LOCATION && (votes[j] != EntityType.ORGANIZATION
                        || decided(decidedTypes, groups, j) != EntityType.LOCATION)) {
                    continue;
                }
                String full = spelledOut(gn[j]);
                if (full.equals(kSpelled) && votes[i] == EntityType.LOCATION && i < j) {
                    union(parent, i, j); // "Park Ave" and "Park Avenue"
                    continue;
                }
                if (full.startsWith(k + " ") && full.indexOf(' ', k.length() + 1) < 0) {
                    String head = full.substring(k.length() + 1);
                    if (KIND_WORDS.contains(head)) {
                        union(parent, i, j);
                        break;
                    }
                }
            }
        }
        // 3a. one country, several names: "US", "U.S.", "United States", "America"
        for (int i = 0; i < groups.size(); i++) {
            Integer ci = Lexicon.COUNTRY_SYNONYMS.get(gn[i]);
            if (ci == null) {
                continue;
            }
            for (int j = i + 1; j < groups.size(); j++) {
                if (ci.equals(Lexicon.COUNTRY_SYNONYMS.get(gn[j]))) {
                    union(parent, i, j);
                }
            }
        }
        // 3a''. a country's formal name and its short one: "Republic of Kenya", "Kingdom of Saudi Arabia"
        for (int i = 0; i < groups.size(); i++) {
            java.util.regex.Matcher m = FORMAL_COUNTRY.matcher(groups.get(i).get(0).text);
            if (!m.matches() || Gazetteer.kind(m.group(1)) != Gazetteer.Kind.COUNTRY) {
                continue;
            }
            String country = norm(m.group(1));
            for (int j = 0; j < groups.size(); j++) {
                if (j != i && gn[j].equals(country)) {
                    union(parent, i, j);
                }
            }
        }
        // 3a'. a party's adjective and its plural name: "Conservative" MP, the "Conservatives"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.ORGANIZATION) {
                continue;
            }
            String plural = gn[i] + "s";
            for (int j = 0; j < groups.size(); j++) {
                if (j != i && votes[j] == EntityType.ORGANIZATION && gn[j].equals(plural)) {
                    union(parent, i, j);
                }
            }
        }
        // 3b. an organisation named by the start of its name: "Lycos" -> "Lycos Europe". A company's name without
        // its legal suffix is the company whatever the model made of it ("Nakamura said" -> "Nakamura Corp"); an
        // acronym with its own expansion names that, not a longer name it starts ("UN" is the United Nations, not
        // the "UN Office for Disaster Risk Reduction")
        for (int i = 0; i < groups.size(); i++) {
            String[] w = gw[i];
            if (votes[i] != EntityType.ORGANIZATION) {
                if (votes[i] == EntityType.PERSON && capitalised(w)) {
                    for (int j = 0; j < groups.size(); j++) {
                        String[] full = gw[j];
                        if (j != i && votes[j] == EntityType.ORGANIZATION && full.length > w.length
                                && startsWith(full, w) && onlySuffixesAfter(full, w.length)) {
                            union(parent, i, j);
                            break;
                        }
                    }
                }
                continue;
            }
            for (int j = 0; j < groups.size(); j++) {
                if (j == i || votes[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] full = gw[j];
                if (full.length > w.length && startsWith(full, w) && onlySuffixesAfter(full, w.length)) {
                    union(parent, i, j); // "Armstrong World Industries" and "Armstrong World Industries, Inc."
                }
            }
            for (int j = 0; j < groups.size() && !expanded[i]; j++) {
                if (j == i || votes[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] full = gw[j];
                if (full.length > w.length && startsWith(full, w) && !onlySuffixesAfter(full, w.length)
                        && !namesSubUnit(full, w.length)) {
                    union(parent, i, j);
                    break;
                }
            }
        }
        // 3c. a newspaper by the last word of its name ("The Washington Post", "the Post"), and an institution with
        // and without its country's short name ("U.S. Congress", "Congress")
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.ORGANIZATION && votes[i] != EntityType.MISC) {
                continue;
            }
            String[] w = gw[i];
            for (int j = 0; j < groups.size(); j++) {
                if (j == i || votes[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] full = gw[j];
                if (full.length <= w.length) {
                    continue;
                }
                boolean paper = w.length == 1 && NEWSPAPER_HEADS.contains(w[0].toLowerCase(java.util.Locale.ROOT))
                        && eqWord(full[full.length - 1], w[0]);
                String first = norm(full[0]).replace(".", "").replace(" ", "");
                boolean countryPrefix = full.length == w.length + 1 && first.length() <= 3
                        && Lexicon.COUNTRY_SYNONYMS.containsKey(first)
                        && norm(String.join(" ", java.util.Arrays.copyOfRange(full, 1, full.length))).equals(gn[i]);
                if (paper || countryPrefix) {
                    union(parent, i, j);
                    break;
                }
            }
        }
        // 3c'. an organisation's name with its last word cut short: "South Western Rail", "South Western Railway"
        for (int i = 0; i < groups.size(); i++) {
            if (votes[i] != EntityType.ORGANIZATION) {
                continue;
            }
            String[] w = gw[i];
            for (int j = 0; j < groups.size() && w.length >= 2; j++) {
                if (j == i || votes[j] != EntityType.ORGANIZATION) {
                    continue;
                }
                String[] full = gw[j];
                if (full.length != w.length) {
                    continue;
                }
                String shortHead = norm(w[w.length - 1]);
                String longHead = norm(full[full.length - 1]);
                if (shortHead.length() >= 4 && longHead.length() > shortHead.length() && longHead.startsWith(shortHead)
                        && startsWith(full, java.util.Arrays.copyOf(w, w.length - 1))) {
                    union(parent, i, j);
                }
            }
        }
        // 3d. an organisation named by the end of its name, when only one organisation in the article ends so:
        // "the Sheriff's Office" -> "Madera County Sheriff's Office", "United" -> "Manchester United"
        for (int i = 0; i < groups.size(); i++) {
            String[] w = gw[i];
            if (votes[i] != EntityType.ORGANIZATION || !capitalised(w)
                    || ACRONYM.matcher(groups.get(i).get(0).text.replace(".", "")).matches()) {
                continue;
            }
            int only = onlyLongerEndingWith(groups, votes, i, w, EntityType.ORGANIZATION);
            if (only >= 0) {
                union(parent, i, only);
            }
        }
        // 3e. an organisation named by its first word and its head, with words between left out, when only one
        // organisation in the article is so: "Lagos Police" -> "Lagos State Police Command", "New York Police" ->
        // "New York City Police Department"
        for (int i = 0; i < groups.size(); i++) {
            String[] w = gw[i];
            if (votes[i] != EntityType.ORGANIZATION || w.length < 2 || !capitalised(w)
                    || !Lexicon.ORG_HEADS.contains(w[w.length - 1].toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            int only = -1;
            for (int j = 0; j < groups.size(); j++) {
                String[] full = gw[j];
                if (j != i && votes[j] == EntityType.ORGANIZATION && full.length > w.length && eqWord(full[0], w[0])
                        && inOrder(w, full) && !startsWith(full, w)) {
                    // names already joined ("Lagos State police", "Lagos State Police Command") count once
                    only = only == -1 || only >= 0 && find(parent, only) == find(parent, j) ? j : -2;
                }
            }
            if (only >= 0) {
                union(parent, i, only);
            }
        }
        // 4. collect merged groups
        Map<Integer, List<Found>> merged = new LinkedHashMap<>();
        List<Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((Found f) -> f.section).thenComparingInt(f -> f.begin));
        for (Found f : ordered) {
            merged.computeIfAbsent(find(parent, f.group), k -> new ArrayList<>()).add(f);
        }
        return merged.values();
    }

    /** Whether a name's first word starts with a capital ("Del Rey", not "- Hsieh" or "de Gaulle"). */
    private static boolean capitalised(String[] w) {
        return w.length > 0 && !w[0].isEmpty() && Character.isUpperCase(w[0].charAt(0));
    }

    /**
     * The one group other than {@code i}, of that type, whose name is longer than {@code w} and ends with its words;
     * -1 when none does, -2 when several do (an ambiguous short name joins nothing).
     */
    private static int onlyLongerEndingWith(List<List<Found>> groups, EntityType[] votes, int i, String[] w, EntityType type) {
        int only = -1;
        for (int j = 0; j < groups.size(); j++) {
            if (j == i || votes[j] != type) {
                continue;
            }
            String[] full = words(groups.get(j).get(0).text);
            if (full.length > w.length && endsWith(full, w)) {
                only = only == -1 ? j : -2;
            }
        }
        return only;
    }

    private static boolean onlySuffixesAfter(String[] words, int from) {
        for (int k = from; k < words.length; k++) {
            String w = words[k].toLowerCase(java.util.Locale.ROOT).replace(".", "").replace(",", "");
            if (!w.isEmpty() && !Acronyms.CORPORATE_SUFFIXES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two surnames of six letters or more differ by one letter left out, added or changed: a typing slip
     * ("Karatsev", "Karatev"). Shorter names differ so between people ("Kerr", "Kerry").
     */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.min(a.length(), b.length()) < 6 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** The type group {@code j} alone would get, decided once. */
    private static EntityType decided(EntityType[] cache, List<List<Found>> groups, int j) {
        if (cache[j] == null) {
            EntityType t = decideType(groups.get(j));
            cache[j] = t == null ? EntityType.MISC : t;
        }
        return cache[j];
    }

    /** Whether every word of {@code part} is in {@code whole}, in the same order. */
    static boolean inOrder(String[] part, String[] whole) {
        int k = 0;
        for (String w : whole) {
            if (k < part.length && eqWord(w, part[k])) {
                k++;
            }
        }
        return k == part.length;
    }

    /** Words that give a person's name at birth or real name: "Lana Del Rey, born as Elizabeth Grant". */
    private static final java.util.List<String[]> BIRTH_NAME_CUES = java.util.List.of(new String[]{"born", "as"},
            new String[]{"born"}, new String[]{"née"}, new String[]{"nee"}, new String[]{"whose", "real", "name", "is"},
            new String[]{"real", "name"});

    /**
     * "Del Rey, born as Elizabeth Woolridge Grant,", "Lady Gaga (born Stefani Germanotta)": a name given as a
     * person's name at birth or real name, right after the person's name and a comma or bracket, is that person's
     * alias, not another person; so is a full name in brackets after a short name or nickname ("Kels (Kelechi
     * Iheanacho)").
     */
    static void linkBirthNames(Section section, List<Tok> toks, List<Found> found, List<Found[]> links) {
        Map<Integer, Found> byEnd = new HashMap<>();
        Map<Integer, Found> byStart = new HashMap<>();
        for (Found f : found) {
            if (f.section == section) {
                byEnd.putIfAbsent(f.to, f);
                byStart.putIfAbsent(f.from, f);
            }
        }
        for (Found a : byEnd.values()) {
            if (a.label != EntityType.PERSON || a.to >= toks.size()) {
                continue;
            }
            String sep = toks.get(a.to).word();
            if (!sep.equals(",") && !Names.isOpenParen(sep)) {
                continue;
            }
            Found full = Names.isOpenParen(sep) ? byStart.get(a.to + 1) : null;
            if (full != null && full.label == EntityType.PERSON && words(full.text).length >= 2
                    && full.to < toks.size() && Names.isCloseParen(toks.get(full.to).word())
                    && words(a.text).length < words(full.text).length) {
                // "Kels (Kelechi Iheanacho)": a short name or nickname with the full name in brackets
                links.add(new Found[]{full, a});
                continue;
            }
            for (String[] cue : BIRTH_NAME_CUES) {
                int k = a.to + 1;
                boolean match = k + cue.length < toks.size();
                for (int c = 0; c < cue.length && match; c++) {
                    match = toks.get(k + c).word().equalsIgnoreCase(cue[c]);
                }
                Found b = match ? byStart.get(k + cue.length) : null;
                if (b != null && b != a && b.label == EntityType.PERSON && words(b.text).length >= 2) {
                    links.add(new Found[]{b, a});
                    break;
                }
            }
        }
    }

    /** Last words of a part of an organisation: "Criminal Investigation Division", "Crime Scene Unit". */
    private static final java.util.Set<String> SUB_UNIT_HEADS = java.util.Set.of("division", "unit", "directorate",
            "branch", "squad", "command", "section", "office", "department", "bureau", "centre", "center",
            "laboratory", "institute", "school", "college");

    /**
     * Whether the words of an organisation's name from {@code from} on name a part of it with a name of its own
     * ("Arkansas State Police" + "Criminal Investigation Division", "NASA's" + "Science Mission Directorate"): two
     * capitalised words or more ending in a noun for a part ("Division", "Office", "School"); not a company's legal
     * name ("Cisco", "Cisco Systems Inc"). The part is another organisation than the whole, which the story names
     * too; one word after the name ("Lycos Europe", "State Police Department") is the same organisation named more
     * fully.
     */
    static boolean namesSubUnit(String[] words, int from) {
        if (words.length - from < 2) {
            return false;
        }
        for (int k = from; k < words.length; k++) {
            if (words[k].isEmpty() || !Character.isUpperCase(words[k].charAt(0))) {
                return false;
            }
        }
        return SUB_UNIT_HEADS.contains(words[words.length - 1].toLowerCase(java.util.Locale.ROOT));
    }

    /** Short forms of a road's kind that a story writes for the whole word: "Park Ave" is "Park Avenue". */
    private static final java.util.Map<String, String> ROAD_ABBREVIATIONS = java.util.Map.of("ave", "avenue",
            "rd", "road", "st", "street", "blvd", "boulevard", "hwy", "highway", "pkwy", "parkway", "ln", "lane");

    /** A normalised place name with its last word spelled out when it is a road's short kind ("park ave"). */
    static String spelledOut(String normalised) {
        int sp = normalised.lastIndexOf(' ');
        String whole = sp < 0 ? null : ROAD_ABBREVIATIONS.get(normalised.substring(sp + 1));
        return whole == null ? normalised : normalised.substring(0, sp + 1) + whole;
    }

    /**
     * Words after a place's name that a story may drop: roads and venues, a state or province named like its capital
     * ("Lagos State"), the District of Columbia after Washington ("Washington D.C."). Not rivers, lakes or counties:
     * "Mississippi River" and "Madera County" are other places than "Mississippi" and "Madera".
     */
    static final java.util.Set<String> KIND_WORDS = java.util.Set.of("street", "avenue", "road", "boulevard",
            "lane", "highway", "stadium", "arena", "square", "state", "province", "dc");

    /** Last words of newspapers' names that stand for the whole: "the Post", "the Times". */
    static final java.util.Set<String> NEWSPAPER_HEADS = java.util.Set.of("post", "times", "journal", "herald",
            "telegraph", "guardian", "tribune", "gazette", "globe", "mirror", "chronicle", "observer", "independent",
            "examiner", "inquirer", "enquirer", "courier", "dispatch", "standard", "express", "nation");

    /** Whether {@code word} is a middle word of a full name of three words or more, not an initial. */
    private static boolean hasMiddleWord(String[] full, String word) {
        for (int k = 1; k < full.length - 1; k++) {
            if (eqWord(full[k], word) && !isInitial(full[k])) {
                return true;
            }
        }
        return false;
    }

    /** "K.", "G", "J.R.": an initial standing for a given name. */
    static boolean isInitial(String w) {
        return w.matches("\\p{Lu}\\.?|(\\p{Lu}\\.){2,3}");
    }

    /**
     * The mention a link's end stands for now: itself while it is among the mentions; once a later pass has replaced
     * it (JoinedNames cuts "US Securities Exchange Commission" into "US" and the commission), the piece that keeps
     * its last word, which is where a name's head stands ("Securities Exchange Commission", for "(SEC)"); null when
     * nothing of it is left (a link to a mention that is gone joins nothing).
     */
    private static Found present(Found end, List<Found> found) {
        if (end.group >= 0 && found.contains(end)) {
            return end;
        }
        Found piece = null;
        for (Found f : found) {
            if (f.section == end.section && f.end == end.end && f.begin >= end.begin && f.group >= 0
                    && (piece == null || f.begin < piece.begin)) {
                piece = f;
            }
        }
        return piece;
    }

    static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    static void union(int[] p, int a, int b) {
        int ra = find(p, a);
        int rb = find(p, b);
        if (ra != rb) {
            p[ra] = rb;
        }
    }
}
