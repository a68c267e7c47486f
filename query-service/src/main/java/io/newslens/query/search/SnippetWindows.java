package io.newslens.query.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a body to cut the window that ts_headline highlights: a few hundred characters starting a
 * little before the words that begin like the query's (non-negated) lexemes, where most of them are close together. ts_headline
 * parses the whole text it is given (~0.5 ms for a 4 kB body, most of a search's cost for a page of 20),
 * so it gets this window instead; it still decides, with the real stemmer, what to mark. When no word
 * looks like a lexeme, the window is the body's beginning.
 */
final class SnippetWindows {

    static final int WINDOW = 420;
    static final int BEFORE = 120;
    /** A lexeme in a tsquery's text form: 'word' or 'word':* , negated when preceded by '!'. */
    private static final Pattern LEXEME = Pattern.compile("(!?)\\s*'((?:[^']|'')+)'");
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    private SnippetWindows() {
    }

    /** The positive lexemes of a tsquery as text, e.g. {@code 'gas' & !'pipelin'} gives [gas]. */
    static List<String> lexemes(String tsquery) {
        List<String> out = new ArrayList<>();
        if (tsquery == null) {
            return out;
        }
        Matcher m = LEXEME.matcher(tsquery);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                String lexeme = m.group(2).replace("''", "'");
                // the stemmer turns a final y into i (party -> parti): match on what both forms share
                if (lexeme.length() > 3 && lexeme.endsWith("i")) {
                    lexeme = lexeme.substring(0, lexeme.length() - 1);
                }
                out.add(lexeme.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The window of the body to highlight. */
    static String window(String body, List<String> lexemes) {
        if (body.length() <= WINDOW) {
            return body;
        }
        int first = densest(body, lexemes);
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE);
        // start and end on word boundaries, so that no half word is highlighted or shown
        while (start > 0 && isWordChar(body.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(body.length(), start + WINDOW);
        while (end < body.length() && isWordChar(body.charAt(end))) {
            end++;
        }
        return body.substring(start, end);
    }

    /**
     * The start of the word that opens the densest stretch: the occurrence followed, within the window, by
     * the most distinct lexemes (so that a phrase is found whole, not its first word alone); -1 for none.
     * First the words that begin like a lexeme, in order, then a sliding window counts the distinct lexemes
     * ahead of each (lexemes past the 64th share one count).
     */
    private static int densest(String body, List<String> lexemes) {
        long[] hits = hits(body, lexemes);
        int n = lexemes.size();
        int[] inWindow = new int[64];
        int distinct = 0;
        int best = -1;
        int bestDistinct = 0;
        int ahead = 0;
        for (int h = 0; h < hits.length && bestDistinct < n; h++) {
            int limit = offset(hits[h]) + WINDOW - BEFORE;
            for (; ahead < hits.length && offset(hits[ahead]) < limit; ahead++) {
                if (inWindow[which(hits[ahead])]++ == 0) {
                    distinct++;
                }
            }
            if (distinct > bestDistinct) {
                best = offset(hits[h]);
                bestDistinct = distinct;
            }
            if (--inWindow[which(hits[h])] == 0) {
                distinct--;
            }
        }
        return best;
    }

    /**
     * The words that begin like a lexeme, in body order, each as its offset and (low six bits) the first lexeme it
     * begins like. The lexemes are looked for in the lower-cased body with indexOf, which the JDK vectorises: a
     * tenth of the time of a pass that stops at every word (a fifth of the service's CPU in a search run). When
     * lower-casing changes the length (a few non-Latin letters), offsets would not line up: the word-by-word pass.
     */
    private static long[] hits(String body, List<String> lexemes) {
        String lower = body.toLowerCase(Locale.ROOT);
        if (lower.length() != body.length()) {
            return hitsWordByWord(body, lexemes);
        }
        long[] hits = new long[32];
        int count = 0;
        for (int l = 0; l < lexemes.size(); l++) {
            String lexeme = lexemes.get(l);
            if (lexeme.isEmpty()) {
                continue;
            }
            for (int at = lower.indexOf(lexeme); at >= 0; at = lower.indexOf(lexeme, at + 1)) {
                if (isWordChar(body.charAt(at)) && (at == 0 || !isWordChar(body.charAt(at - 1)))) {
                    if (count == hits.length) {
                        hits = Arrays.copyOf(hits, count * 2);
                    }
                    hits[count++] = hit(at, l);
                }
            }
        }
        Arrays.sort(hits, 0, count);
        // a word that begins like several lexemes counts for the first of them (sorted first: same offset, lower l)
        int kept = 0;
        for (int h = 0; h < count; h++) {
            if (kept == 0 || offset(hits[kept - 1]) != offset(hits[h])) {
                hits[kept++] = hits[h];
            }
        }
        return Arrays.copyOf(hits, kept);
    }

    /** As {@link #hits}, stopping at every word. */
    private static long[] hitsWordByWord(String body, List<String> lexemes) {
        long[] hits = new long[32];
        int count = 0;
        boolean inWord = false;
        for (int i = 0, len = body.length(); i < len; i++) {
            boolean word = isWordChar(body.charAt(i));
            if (word && !inWord) {
                for (int l = 0; l < lexemes.size(); l++) {
                    String lexeme = lexemes.get(l);
                    if (!lexeme.isEmpty() && body.regionMatches(true, i, lexeme, 0, lexeme.length())) {
                        if (count == hits.length) {
                            hits = Arrays.copyOf(hits, count * 2);
                        }
                        hits[count++] = hit(i, l);
                        break;
                    }
                }
            }
            inWord = word;
        }
        return Arrays.copyOf(hits, count);
    }

    private static long hit(int offset, int lexeme) {
        return ((long) offset << 6) | Math.min(63, lexeme);
    }

    private static int offset(long hit) {
        return (int) (hit >>> 6);
    }

    private static int which(long hit) {
        return (int) (hit & 63);
    }

    /** A letter or digit: a table for ASCII, which is nearly all of an English body, else the JDK. */
    private static boolean isWordChar(char c) {
        return c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c);
    }
}
