package io.newslens.extract;

import java.util.List;

/** Everything the engine found in one article. Offsets point into the title or body given to it. */
public record ArticleAnalysis(String analyzerVersion, List<ExtractedEntity> entities, List<ExtractedQuote> quotes,
                              int tokens) {

    /** The speaker's entity, or null. */
    public ExtractedEntity speakerOf(ExtractedQuote quote) {
        return quote.speakerIndex() == null ? null : entities.get(quote.speakerIndex());
    }
}
