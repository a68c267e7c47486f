package io.newslens.query.quotes;

import io.newslens.query.api.Params.DateRange;

/** Validated quote filters; all optional. */
public record QuoteRequest(Long speaker, String q, Long about, String source, DateRange dates, int limit,
                           QuoteCursor cursor) {

    public static QuoteRequest by(long speaker, int limit) {
        return new QuoteRequest(speaker, null, null, null, new DateRange(null, null), limit, null);
    }

    public static QuoteRequest about(long entity, int limit) {
        return new QuoteRequest(null, null, entity, null, new DateRange(null, null), limit, null);
    }
}
