package io.newslens.common.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one fold under which entity names and aliases are stored ({@code entity.name_key}, {@code entity_alias.alias_key},
 * written by analysis-service) and looked up (query-service's {@code /entities?q=}): diacritics, case, dots,
 * possessives, punctuation and a leading "the" folded, so "the U.S." and "US" meet, and "O'Driscoll" and
 * "Johnson &amp; Johnson" are found by their own spelling ({@code o driscoll}, {@code johnson johnson}).
 * Hyphens stay ("Jean-Luc"). Changing this rule re-keys stored data: it needs a migration that re-folds both columns.
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N}\\s-]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKeys() {
    }

    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = name.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u2013', '-').replace('\u2014', '-');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = s.replace(".", "");
        s = PUNCT.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s.strip()).replaceAll(" ");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }
}
