package io.newslens.query.search;

import java.time.LocalDate;
import java.util.List;

/** One page of hits; {@code total} counts every match, {@code nextCursor} is null on the last page. */
public record SearchResult(long total, String sort, List<Hit> hits, String nextCursor) {

    /** {@code snippet} is HTML-escaped text where matches are wrapped in {@code <mark>}; score only for relevance. */
    public record Hit(String id, String title, String source, String url, String byline, LocalDate published,
                      LocalDate dated, String snippet, Float score) {
    }
}
