package io.newslens.query.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hashed word pairs ({@code phrase_pairs}, the function behind the phrase index) that every article matching a query's phrases must hold,
 * as a tsquery for that index: each pair of lexemes joined by {@code <->} gives the first five hex digits of
 * md5 of "lexeme lexeme", the pairs joined by {@code &}. Only for what is certain to need them all: a
 * conjunction ({@code &}) of lexemes and phrases, with no OR, NOT, grouping, weights or prefixes, as
 * websearch_to_tsquery makes of quoted phrases and plain words; anything else gets no prefilter.
 */
final class PhrasePairs {

    private PhrasePairs() {
    }

    /** A plain conjunction's lexemes in order, and for each whether the next one must follow it ({@code <->}). */
    record Conjunction(List<String> lexemes, List<Boolean> adjacentToNext) {

        /** The lexeme when the query is that one lexeme alone (no operator, weight or prefix), else null. */
        String single() {
            return lexemes.size() == 1 ? lexemes.get(0) : null;
        }

        /**
         * When the query is one phrase of two lexemes ({@code 'a' <-> 'b'}, a quoted two-word name), its key in
         * lead_pair: the two lexemes and a space between; else null.
         */
        String pair() {
            return lexemes.size() == 2 && adjacentToNext.get(0) ? lexemes.get(0) + " " + lexemes.get(1) : null;
        }
    }

    /** The pair tsquery for a tsquery's text form, or null when it has no phrase or is not a plain conjunction. */
    static String of(String tsquery) {
        Conjunction c = conjunction(tsquery);
        if (c == null) {
            return null;
        }
        Set<String> tokens = new LinkedHashSet<>();
        for (int k = 0; k + 1 < c.lexemes().size(); k++) {
            if (c.adjacentToNext().get(k)) {
                tokens.add("'" + hash(c.lexemes().get(k) + " " + c.lexemes().get(k + 1)) + "'");
            }
        }
        return tokens.isEmpty() ? null : String.join(" & ", tokens);
    }

    /** A tsquery's text form read as a plain conjunction of lexemes and phrases, or null when it is something else. */
    static Conjunction conjunction(String tsquery) {
        if (tsquery == null) {
            return null;
        }
        List<String> lexemes = new ArrayList<>();
        List<Boolean> adjacentToNext = new ArrayList<>();
        int i = 0;
        int n = tsquery.length();
        boolean expectLexeme = true;
        while (i < n) {
            char c = tsquery.charAt(i);
            if (c == ' ') {
                i++;
            } else if (expectLexeme && c == '\'') {
                StringBuilder lexeme = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        return null;
                    }
                    char d = tsquery.charAt(i);
                    if (d == '\'' && i + 1 < n && tsquery.charAt(i + 1) == '\'') {
                        lexeme.append('\'');
                        i += 2;
                    } else if (d == '\'') {
                        i++;
                        break;
                    } else if (d == '\\') {
                        return null; // escapes: not worth a prefilter
                    } else {
                        lexeme.append(d);
                        i++;
                    }
                }
                lexemes.add(lexeme.toString());
                adjacentToNext.add(false);
                expectLexeme = false;
            } else if (!expectLexeme && c == '&') {
                i++;
                expectLexeme = true;
            } else if (!expectLexeme && tsquery.startsWith("<->", i)) {
                adjacentToNext.set(adjacentToNext.size() - 1, true);
                i += 3;
                expectLexeme = true;
            } else if (!expectLexeme && c == '<') {
                int close = tsquery.indexOf('>', i);
                if (close < 0 || !tsquery.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    return null;
                }
                i = close + 1; // <N>: ordered at a distance, no adjacent pair
                expectLexeme = true;
            } else {
                return null; // | ! ( ) :* :A ... : not a plain conjunction
            }
        }
        return expectLexeme ? null : new Conjunction(lexemes, adjacentToNext);
    }

    /** As phrase_pairs: the first five hex digits of md5 of the pair's UTF-8 text. */
    static String hash(String pair) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(pair.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required of every Java platform", e);
        }
    }
}
