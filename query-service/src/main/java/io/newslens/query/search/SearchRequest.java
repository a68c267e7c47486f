package io.newslens.query.search;

import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.TsQuery;

import java.util.List;

/**
 * A validated article search: every field optional except the limit. {@code cursor} continues the request's order (see
 * {@link SearchCursor}); relevance needs a text. {@code query} and {@code phrasePairs} are not the client's:
 * {@link ArticleSearch} derives them from {@code q} (the parsed query, and its word pairs: see {@link PhrasePairs}).
 */
public record SearchRequest(String q, List<Long> entities, Long speaker, String source, DateRange dates,
                            SortOrder sort, int limit, SearchCursor cursor, TsQuery query, TsQuery phrasePairs) {

    public SearchRequest {
        if (sort == SortOrder.RELEVANCE && q == null) {
            throw new IllegalArgumentException("relevance needs a search text");
        }
        if (cursor != null && cursor.order() != sort) {
            throw new IllegalArgumentException("a cursor of " + cursor.order() + " order in a search by " + sort);
        }
    }

    public SearchRequest(String q, List<Long> entities, Long speaker, String source, DateRange dates,
                         SortOrder sort, int limit, SearchCursor cursor) {
        this(q, entities, speaker, source, dates, sort, limit, cursor, null, null);
    }

    /** With the query as websearch_to_tsquery gave it (its text form; null without q) and its word pairs. */
    SearchRequest parsed(String tsquery) {
        String pairs = PhrasePairs.of(tsquery);
        return new SearchRequest(q, entities, speaker, source, dates, sort, limit, cursor,
                tsquery == null ? null : new TsQuery(tsquery), pairs == null ? null : new TsQuery(pairs));
    }

    boolean byRelevance() {
        return sort == SortOrder.RELEVANCE;
    }

    /** The cursor of a search by relevance; null on its first page. */
    SearchCursor.ByRelevance relevanceCursor() {
        return (SearchCursor.ByRelevance) cursor;
    }

    /** The cursor of a search newest first; null on its first page. */
    SearchCursor.ByDate dateCursor() {
        return (SearchCursor.ByDate) cursor;
    }
}
