package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;

/** Quotation spans in a body: the text between matching marks, paragraph by paragraph, before any attribution. */
final class QuoteSpans {

    private final String body;
    private final int[] paraStart;
    private final int[] paraEnd;

    private QuoteSpans(QuoteDoc doc) {
        this.body = doc.body;
        this.paraStart = doc.paraStart;
        this.paraEnd = doc.paraEnd;
    }

    /** The quoted spans of every paragraph, in body order. */
    static List<QuoteSpan> find(QuoteDoc doc) {
        QuoteSpans finder = new QuoteSpans(doc);
        List<QuoteSpan> spans = new ArrayList<>();
        for (int p = 0; p < doc.paraStart.length; p++) {
            finder.scanParagraph(p, spans);
        }
        return spans;
    }

    private void scanParagraph(int p, List<QuoteSpan> out) {
        int from = paraStart[p];
        int to = paraEnd[p];
        int open = -1;
        char openChar = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == '“' || c == '„' || c == '«') {
                if (open >= 0 && openChar != '"') {
                    addSpan(out, open, -1, open + 1, i, p);
                }
                if (open < 0 || openChar != '"') {
                    open = i;
                    openChar = c;
                }
            } else if (c == '”' || c == '»') {
                if (open >= 0) {
                    addSpan(out, open, i, open + 1, i, p);
                    open = -1;
                }
            } else if (c == '"') {
                boolean openerCtx = i == from || isOpenContext(body.charAt(i - 1));
                boolean closerCtx = i + 1 >= to || isCloseContext(body.charAt(i + 1));
                if (open < 0) {
                    if (!closerCtx || openerCtx) {
                        open = i;
                        openChar = c;
                    }
                } else if (openerCtx && !closerCtx && i > open + 1) {
                    // a new quote opens while one is still open: the earlier one ran on without its closing mark
                    addSpan(out, open, -1, open + 1, i, p);
                    open = i;
                    openChar = c;
                } else {
                    addSpan(out, open, i, open + 1, i, p);
                    open = -1;
                }
            } else if ((c == '‘' || c == '\'') && open >= 0 && i >= from + 2 && body.charAt(i - 1) == ' '
                    && ".!?".indexOf(body.charAt(i - 2)) >= 0 && i + 1 < to && Character.isUpperCase(body.charAt(i + 1))
                    && !closesBefore(i + 1, to, c)) {
                // "A. 'B." — a stray single mark opening the next sentence of a quote that ran on
                addSpan(out, open, -1, open + 1, i, p);
                open = i;
            } else if ((c == '‘' || c == '\'') && open < 0 && (i == from || isOpenContext(body.charAt(i - 1)))
                    && i + 1 < to && Character.isLetterOrDigit(body.charAt(i + 1))) {
                int close = findSingleClose(i + 1, to, c);
                if (close > 0) {
                    addSpan(out, i, close, i + 1, close, p);
                    i = close;
                }
            }
        }
        if (open >= 0) {
            int end = to;
            String tail = body.substring(open + 1, end);
            int src = tail.lastIndexOf("[Source]");
            if (src >= 0) {
                end = open + 1 + src;
            }
            addSpan(out, open, -1, open + 1, end, p);
        }
    }

    /** Whether a single mark opened at {@code from - 1} is closed by a matching single mark before the paragraph end. */
    private boolean closesBefore(int from, int to, char openChar) {
        return findSingleClose(from, to, openChar) > 0;
    }

    private int findSingleClose(int from, int to, char openChar) {
        for (int j = from; j < to; j++) {
            char c = body.charAt(j);
            if (c == '"' || c == '“' || c == '”') {
                return -1;
            }
            if ((c == '’' || c == '\'') && (j + 1 >= to || !Character.isLetterOrDigit(body.charAt(j + 1)))
                    && Character.isLetterOrDigit(body.charAt(j - 1)) | ".,!?".indexOf(body.charAt(j - 1)) >= 0) {
                // "countries' " is a plural possessive, not a closing mark, when followed by a noun
                if (body.charAt(j - 1) == 's' && j + 2 < to && body.charAt(j + 1) == ' '
                        && Character.isLowerCase(body.charAt(j + 2))) {
                    continue;
                }
                return j;
            }
        }
        return -1;
    }

    private static boolean isOpenContext(char prev) {
        return Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0;
    }

    private static boolean isCloseContext(char next) {
        return Character.isWhitespace(next) || ".,;:!?)]}—–-…".indexOf(next) >= 0;
    }

    private void addSpan(List<QuoteSpan> out, int open, int close, int start, int end, int p) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end - start < 2) {
            return;
        }
        out.add(new QuoteSpan(open, close, start, end, false, p));
    }
}
