package io.newslens.query.search;

import java.util.ArrayList;
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

    static final int WINDOW = 700;
    private static final int BEFORE = 150;
    /** A lexeme in a tsquery's text form: 'word' or 'word':* , negated when preceded by '!'. */
    private static final Pattern LEXEME = Pattern.compile("(!?)\\s*'((?:[^']|'')+)'");

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
        while (start > 0 && Character.isLetterOrDigit(body.charAt(start - 1))) {
            start--;
        }
        int end = Math.min(body.length(), start + WINDOW);
        while (end < body.length() && Character.isLetterOrDigit(body.charAt(end))) {
            end++;
        }
        return body.substring(start, end);
    }

    /**
     * The start of the word that opens the densest stretch: the occurrence followed, within the window, by
     * the most distinct lexemes (so that a phrase is found whole, not its first word alone); -1 for none.
     */
    private static int densest(String body, List<String> lexemes) {
        List<int[]> hits = new ArrayList<>(); // {offset, lexeme index}
        for (int i = 0; i < body.length(); i++) {
            if (Character.isLetterOrDigit(body.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1)))) {
                for (int l = 0; l < lexemes.size(); l++) {
                    if (body.regionMatches(true, i, lexemes.get(l), 0, lexemes.get(l).length())) {
                        hits.add(new int[] {i, l});
                        break;
                    }
                }
            }
        }
        int best = -1;
        int bestDistinct = 0;
        for (int h = 0; h < hits.size() && bestDistinct < lexemes.size(); h++) {
            int from = hits.get(h)[0];
            long seen = 0;
            for (int k = h; k < hits.size() && hits.get(k)[0] < from + WINDOW - BEFORE; k++) {
                seen |= 1L << Math.min(63, hits.get(k)[1]);
            }
            int distinct = Long.bitCount(seen);
            if (distinct > bestDistinct) {
                best = from;
                bestDistinct = distinct;
            }
        }
        return best;
    }
}
