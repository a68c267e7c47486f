package io.newslens.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Word and name helpers shared by the entity rules: normal forms, capitalisation, function words. */
final class Names {

    private Names() {
    }

    static final Pattern HAS_UPPER = Pattern.compile(".*\\p{Lu}.*");

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s");
    }

    static boolean isFunctionWord(String w) {
        return FUNCTION_WORDS.contains(w);
    }

    static boolean isCalendar(String w) {
        return CALENDAR.contains(w);
    }

    static boolean f0Capitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !isAllCaps(w);
    }

    static boolean isOpeningQuote(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("``") || w.equals("'") || w.equals("‘");
    }

    static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "&", "the", "on", "de");

    static final Set<String> FUNCTION_WORDS = Set.of("In", "At", "On", "By", "As", "When", "While", "But",
            "And", "If", "Its", "His", "Her", "Their", "This", "That", "These", "Those", "The", "A", "An", "For",
            "From", "To", "With", "After", "Before", "During", "Since", "Under", "Over", "Despite", "Although",
            "Though", "Because", "So", "Yet", "Or", "Nor", "Of", "Our", "My", "Your", "It", "He", "She", "They",
            "We", "I", "You", "Last", "Next", "Every", "Some", "Many", "Most", "All", "Both", "Each", "Other",
            "Another", "Such", "No", "Not", "Then", "Now", "Here", "There", "Why", "What", "How", "Who", "Where");

    static boolean isTrailingJunk(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’") || w.equals(",") || w.equals(".")
                || w.equals("-") || w.equals("(") || w.equals(")");
    }

    static boolean isAllCaps(String s) {
        return s.length() > 1 && s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }

    static boolean isOpenParen(String w) {
        return w.equals("(") || w.equals("-LRB-");
    }

    static boolean isCloseParen(String w) {
        return w.equals(")") || w.equals("-RRB-");
    }

    /** A dash as its own token: "-", "--", an en or an em dash. */
    static boolean isDash(String w) {
        return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—");
    }

    static boolean startsWith(String[] full, String[] prefix) {
        for (int k = 0; k < prefix.length; k++) {
            if (!eqWord(full[k], prefix[k])) {
                return false;
            }
        }
        return true;
    }

    static boolean endsWith(String[] full, String[] suffix) {
        int off = full.length - suffix.length;
        if (off < 0) {
            return false;
        }
        for (int k = 0; k < suffix.length; k++) {
            if (!eqWord(full[off + k], suffix[k])) {
                return false;
            }
        }
        return true;
    }

    static String[] words(String s) {
        String t = s.trim();
        return t.isEmpty() ? new String[0] : t.split("[\\s-]+");
    }

    /** Whether two words of names are the same word, case, dots, possessive and a comma after it aside. */
    static boolean eqWord(String a, String b) {
        return norm(withoutTrailingComma(a)).equals(norm(withoutTrailingComma(b)));
    }

    private static String withoutTrailingComma(String w) {
        return w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
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

    static EntityType toType(String label) {
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
}
