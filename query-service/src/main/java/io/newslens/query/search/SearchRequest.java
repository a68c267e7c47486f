package io.newslens.query.search;

import io.newslens.query.api.Params.DateRange;

import java.util.List;

/**
 * A validated article search: every field optional except the limit. {@code phrasePairs} is not the
 * client's: {@link ArticleSearch} derives it from the parsed query (see {@link PhrasePairs}).
 */
public record SearchRequest(String q, List<Long> entities, Long speaker, String source, DateRange dates,
                            SortOrder sort, int limit, List<String> cursor, String phrasePairs) {

    public SearchRequest(String q, List<Long> entities, Long speaker, String source, DateRange dates,
                         SortOrder sort, int limit, List<String> cursor) {
        this(q, entities, speaker, source, dates, sort, limit, cursor, null);
    }

    SearchRequest withPhrasePairs(String pairs) {
        return new SearchRequest(q, entities, speaker, source, dates, sort, limit, cursor, pairs);
    }
}
