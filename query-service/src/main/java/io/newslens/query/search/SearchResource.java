package io.newslens.query.search;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.api.Params;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class SearchResource {

    private final ArticleSearch search;

    public SearchResource(ArticleSearch search) {
        this.search = search;
    }

    @GET
    @Operation(summary = "Search articles", description = "Full-text search (web-search syntax: \"phrases\", or, -exclusion) "
            + "with filters; relevance or date order; keyset pagination through nextCursor. Without q, lists newest first. "
            + "Relevance: articles whose title or lead (first 400 characters) match come first, ranked by ts_rank_cd on "
            + "title and lead; articles matching only further down follow, newest first, with score 0. total is exact up to "
            + "a limit (default 1000, QUERY_SEARCH_EXACT_TOTAL); beyond it totalRelation is gte and total is that limit.")
    public SearchResult search(
            @Parameter(description = "Search text, e.g. \"prime minister\" -election")
            @QueryParam("q") @Size(max = Params.MAX_Q, message = Params.MAX_Q_MESSAGE) String q,
            @Parameter(description = "Entity id the article must mention (repeat for several, all required)")
            @QueryParam("entity") @Size(max = 10, message = "at most 10 entities") List<Long> entity,
            @Parameter(description = "Entity id of a speaker quoted in the article") @QueryParam("speaker") Long speaker,
            @Parameter(description = "Source name, exactly") @QueryParam("source") String source,
            @Parameter(description = "Earliest date, YYYY-MM-DD (inclusive)") @QueryParam("from") String from,
            @Parameter(description = "Latest date, YYYY-MM-DD (inclusive)") @QueryParam("to") String to,
            @Parameter(description = "relevance (default with q) or date (default without)") @QueryParam("sort") String sort,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        String text = Params.text(q);
        SortOrder order = Params.oneOf("sort", sort, SortOrder.class, text == null ? SortOrder.DATE : SortOrder.RELEVANCE);
        if (order == SortOrder.RELEVANCE && text == null) {
            throw new BadParameterException("sort", "relevance needs a search text q");
        }
        SearchCursor after = SearchCursor.decode(cursor, order);
        return search.search(new SearchRequest(text, entity == null ? List.of() : entity, speaker, Params.text(source),
                Params.range(from, to), order, limit, after));
    }
}
