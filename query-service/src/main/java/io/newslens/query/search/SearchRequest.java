package io.newslens.query.search;

import io.newslens.query.api.Params.DateRange;

import java.util.List;

/** A validated article search: every field optional except the limit. */
public record SearchRequest(String q, List<Long> entities, Long speaker, String source, DateRange dates,
                            SortOrder sort, int limit, List<String> cursor) {
}
