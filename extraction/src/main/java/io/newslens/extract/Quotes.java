package io.newslens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in an article body and attributes each to a speaker entity: {@link QuoteSpans} finds the quoted
 * text, {@link BlockQuotes} the quotations without marks, {@link Attribution} credits each with the rules named in
 * {@link Confidence}, and {@link Referents} resolves the pronouns and role nouns those rules meet.
 */
final class Quotes {

    private Quotes() {
    }

    static List<ExtractedQuote> find(String body, List<Tok> toks, Entities.Result ents) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        QuoteDoc doc = new QuoteDoc(body, toks, ents);
        List<QuoteSpan> spans = QuoteSpans.find(doc);
        doc.markQuotedTokens(spans);
        doc.joinSentencesInsideQuotes(spans);
        Attribution attribution = new Attribution(doc, new Referents(doc));
        List<QuoteSpan> blocks = new BlockQuotes(doc, attribution).findBlocks(spans);
        QuoteSpan previous = null;
        for (QuoteSpan s : spans) {
            attribution.attribute(s, spans, previous);
            if (s.speaker != null) {
                previous = s;
            }
        }
        attribution.creditRunOnParagraphs(spans);
        List<QuoteSpan> all = new ArrayList<>(spans);
        all.addAll(blocks);
        all.sort((a, b) -> Integer.compare(a.start, b.start));
        List<ExtractedQuote> out = new ArrayList<>();
        for (QuoteSpan s : all) {
            if (s.end <= s.start) {
                continue;
            }
            out.add(new ExtractedQuote(s.start, s.end, body.substring(s.start, s.end), s.speaker, s.cue,
                    s.confidence, s.block));
        }
        return out;
    }
}
