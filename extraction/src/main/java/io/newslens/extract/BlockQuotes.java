package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Block quotations without marks: paragraphs a lead-in ending with a colon introduces, up to a "[Source]" marker, and
 * the one paragraph after "X wrote:".
 */
final class BlockQuotes {

    private final String body;
    private final List<Tok> toks;
    private final int[] paraStart;
    private final int[] paraEnd;
    private final Attribution attribution;

    BlockQuotes(QuoteDoc doc, Attribution attribution) {
        this.body = doc.body;
        this.toks = doc.toks;
        this.paraStart = doc.paraStart;
        this.paraEnd = doc.paraEnd;
        this.attribution = attribution;
    }

    List<QuoteSpan> findBlocks(List<QuoteSpan> spans) {
        List<QuoteSpan> blocks = new ArrayList<>();
        java.util.Set<Integer> leads = new java.util.HashSet<>();
        int lastEnd = -1;
        for (int p = 0; p < paraStart.length; p++) {
            String text = body.substring(paraStart[p], paraEnd[p]).strip();
            if (!text.endsWith("[Source]")) {
                continue;
            }
            // walk back to the lead-in, a paragraph ending with a colon
            int lead = -1;
            for (int q = p; q > lastEnd && q >= p - 8; q--) {
                String t = body.substring(paraStart[q], paraEnd[q]).strip();
                if (q < p && (t.endsWith(":") || !endsLikeSentence(t))) {
                    lead = q;
                    break;
                }
            }
            lastEnd = p;
            if (lead < 0) {
                continue;
            }
            leads.add(lead);
            int first = lead + 1;
            int start = paraStart[first];
            while (start < paraEnd[first] && (Character.isWhitespace(body.charAt(start)))) {
                start++;
            }
            if (body.startsWith("[…]", start) || body.startsWith("[...]", start)) {
                start = body.indexOf(']', start) + 1;
                while (start < paraEnd[first] && Character.isWhitespace(body.charAt(start))) {
                    start++;
                }
            }
            int end = paraStart[p] + body.substring(paraStart[p], paraEnd[p]).lastIndexOf("[Source]");
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            if (start < paraEnd[first] && isOpenQuoteChar(body.charAt(start))) {
                // the lead-in introduces a quotation in marks: that quote is the block's own, no block needed
                continue;
            }
            QuoteSpan b = new QuoteSpan(-1, -1, start, end, true, first);
            int[] who = attribution.leadInSpeaker(lead);
            if (who != null) {
                b.speaker = who[0];
                b.cue = who[1] >= 0 ? toks.get(who[1]).word().toLowerCase(Locale.ROOT) : null;
                b.confidence = Confidence.BLOCK_LEAD_IN;
            } else {
                b.confidence = Confidence.BLOCK_UNATTRIBUTED;
            }
            blocks.add(b);
        }
        // "X wrote:" followed by a paragraph without marks and without a [Source] marker: that paragraph
        for (int q = 0; q + 1 < paraStart.length; q++) {
            String t = body.substring(paraStart[q], paraEnd[q]).strip();
            if (!t.endsWith(":") || leads.contains(q)) {
                continue;
            }
            String next = body.substring(paraStart[q + 1], paraEnd[q + 1]).strip();
            if (next.isEmpty() || isOpenQuoteChar(next.charAt(0)) || next.charAt(0) == '‘' || next.endsWith(":")
                    || next.endsWith("[Source]")) {
                continue;
            }
            int[] who = attribution.leadInSpeaker(q);
            if (who == null || who[1] < 0) {
                continue;
            }
            int start = paraStart[q + 1];
            while (Character.isWhitespace(body.charAt(start))) {
                start++;
            }
            int end = paraEnd[q + 1];
            while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
                end--;
            }
            QuoteSpan b = new QuoteSpan(-1, -1, start, end, true, q + 1);
            b.speaker = who[0];
            b.cue = toks.get(who[1]).word().toLowerCase(Locale.ROOT);
            b.confidence = Confidence.BLOCK_AFTER_COLON;
            blocks.add(b);
        }
        return blocks;
    }

    private static boolean endsLikeSentence(String t) {
        return t.matches("(?s).*[.!?…]['\"’”)\\]]*");
    }

    private static boolean isOpenQuoteChar(char c) {
        return c == '“' || c == '"';
    }
}
