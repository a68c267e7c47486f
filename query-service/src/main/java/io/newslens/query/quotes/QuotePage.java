package io.newslens.query.quotes;

import java.util.List;

/** One page of quotes, newest first; {@code total} counts every match. */
public record QuotePage(long total, List<QuoteHit> hits, String nextCursor) {
}
