package io.newslens.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static io.newslens.extract.Names.*;
import static io.newslens.extract.Mentions.*;

/** Drops surface forms that the whole article shows are no entity: common words, events' and prizes' names. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    /** Nouns after a name that make it an event's or a prize's: "the Golden Globes ceremony". */
    static final Set<String> EVENT_AFTER = Lexicon.set("ceremony", "ceremonies", "festival", "gala",
            "championship", "championships", "tournament", "olympics", "awards", "award", "prize", "prizes");

    /**
     * Document-level checks on the mentions of one surface form, across the article: a capitalised word only
     * ever seen at the start of a sentence that the article also writes in lower case is a common word
     * ("Ephedrine was found" beside "the stimulant ephedrine"); an organisation or other name that is only
     * ever seen before "ceremony", "festival", "awards" is an event's or a prize's, not an entity.
     */
    static void dropCommonWordsAndEvents(List<Entities.Part> parts, List<Found> found) {
        Map<Section, Entities.Part> bySection = new EnumMap<>(Section.class);
        for (Entities.Part p : parts) {
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
                    || allEvent && !placeOrPerson
                    || allInitial && oneWord && isOpeningParticiple(w, g, bySection)
                    || SECTION_LABEL.matcher(w).matches()) {
                drop.addAll(g);
            }
        }
        found.removeIf(drop::contains);
    }

    /** A news site's section label beside the headline: "Local News", "Sports News", "Business & Tech News". */
    static final java.util.regex.Pattern SECTION_LABEL = java.util.regex.Pattern.compile(
            "(Local|World|National|Nation|Business|Sport|Sports|Entertainment|Breaking|Latest|Top|Health|Politics|Tech"
            + "|Technology|Science|Crime|Weather|Education|Lifestyle|Opinion|Regional|International|Metro|Community"
            + "|Celebrity|Music|Movie|Movies|Arts|Money|Finance|Markets|Auto|Travel|Food|Religion|Environment)"
            + "( (&|and) \\p{Lu}\\p{L}+)? News");

    /** Participles that open a sentence and are no name: "Asked about it, ...", "Reached for comment, ...". */
    static final Set<String> OPENING_PARTICIPLES = Lexicon.set("asked", "pressed", "reached", "quizzed",
            "challenged", "contacted", "approached", "questioned", "interviewed", "told", "addressed");

    /**
     * A word only ever seen opening a sentence, before a lower-case word that is not a speech verb, that is a
     * participle ("Speaking when he toured ...", "Addressing the meeting ...", "Asked about ..."): the model's person
     * is a verb. Names ending in "-ing" ("Manning said") are kept by the speech verb after them.
     */
    static boolean isOpeningParticiple(String w, List<Found> g, Map<Section, Entities.Part> bySection) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!(lower.endsWith("ing") && lower.length() >= 7 || OPENING_PARTICIPLES.contains(lower))) {
            return false;
        }
        for (Found f : g) {
            List<Tok> toks = bySection.get(f.section).toks();
            if (f.to >= toks.size()) {
                return false;
            }
            String next = toks.get(f.to).word();
            if (!Character.isLowerCase(next.charAt(0)) || Lexicon.isSpeechVerb(next)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code word} is also written all in lower case, as a word of its own, in one of the parts. */
    static boolean occursInLowerCase(List<Entities.Part> parts, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Entities.Part p : parts) {
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
}
