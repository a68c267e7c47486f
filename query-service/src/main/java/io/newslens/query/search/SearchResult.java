package io.newslens.query.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of hits; {@code nextCursor} is null on the last page. {@code total} counts the matches exactly
 * when {@code totalRelation} is {@code eq}; when it is {@code gte} there are at least {@code total}.
 */
public record SearchResult(
        @Schema(description = "Number of matches: exact when totalRelation is eq, a lower bound when it is gte")
        long total,
        @Schema(description = "eq: total is exact; gte: there are at least total matches (counting stops there)",
                enumeration = {"eq", "gte"})
        String totalRelation,
        String sort, List<Hit> hits, String nextCursor) {

    /** {@code snippet} is HTML-escaped text where matches are wrapped in {@code <mark>}; score only for relevance. */
    public record Hit(String id, String title, String source, String url, String byline, LocalDate published,
                      LocalDate dated, String snippet,
                      @Schema(description = "Relevance on title and lead; 0 for articles matching only further down")
                      Float score) {
    }
}
