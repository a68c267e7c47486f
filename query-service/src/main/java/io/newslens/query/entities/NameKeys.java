package io.newslens.query.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a name the way entity.name_key and entity_alias.alias_key are folded: case, diacritics, dots,
 * possessives and a leading "the".
 */
public final class NameKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameKeys() {
    }

    public static String fold(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace(".", "");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** Escapes LIKE wildcards so user text matches literally (with ESCAPE '\'). */
    public static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
