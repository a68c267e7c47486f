package io.newslens.query.stats;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.api.EntityType;
import io.newslens.query.api.NotFoundProblem;
import io.newslens.query.api.Params;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

@Path("/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stats")
public class StatsResource {

    private final TopEntitiesQuery topEntities;
    private final TimelineQuery timeline;
    private final CooccurrenceQuery cooccurrence;
    private final SpeakersQuery speakers;
    private final SourcesQuery sources;
    private final ArticleCountsQuery articleCounts;

    public StatsResource(TopEntitiesQuery topEntities, TimelineQuery timeline, CooccurrenceQuery cooccurrence,
                         SpeakersQuery speakers, SourcesQuery sources, ArticleCountsQuery articleCounts) {
        this.topEntities = topEntities;
        this.timeline = timeline;
        this.cooccurrence = cooccurrence;
        this.speakers = speakers;
        this.sources = sources;
        this.articleCounts = articleCounts;
    }

    @GET
    @Path("/top-entities")
    @Operation(summary = "Most mentioned entities (by number of articles), optionally by type, source and dates")
    public StatsModels.TopEntities topEntities(
            @Parameter(description = "person, organization, location or misc") @QueryParam("type") String type,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @QueryParam("source") String source,
            @QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit) {
        Params.DateRange dates = Params.range(from, to);
        return new StatsModels.TopEntities(dates.from(), dates.to(),
                topEntities.top(EntityType.parse("type", type), dates, Params.text(source), limit));
    }

    @GET
    @Path("/timeline")
    @Operation(summary = "Articles mentioning each entity per day, week or month",
            description = "Every bucket in the range is present (zero-filled), as parallel arrays per entity. Without "
                    + "from/to, the range is the entities' first to last mention.")
    public StatsModels.Timeline timeline(
            @Parameter(description = "Entity id; repeat for up to 10 entities", required = true)
            @QueryParam("entity") List<Long> entity,
            @Parameter(description = "day, week (default) or month") @QueryParam("interval") String interval,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @Parameter(description = "Source name, exactly: count only its articles") @QueryParam("source") String source) {
        if (entity == null || entity.isEmpty()) {
            throw new BadParameterException("entity", "is required: one or more entity ids");
        }
        if (entity.size() > 10) {
            throw new BadParameterException("entity", "at most 10 entities");
        }
        return timeline.timeline(entity.stream().distinct().toList(),
                Params.oneOf("interval", interval, Interval.class, Interval.WEEK), Params.range(from, to), Params.text(source));
    }

    public enum Links { CENTER, ALL }

    @GET
    @Path("/cooccurrence")
    @Operation(summary = "An entity's most frequent companions as nodes and weighted edges",
            description = "Edges are weighted by the number of articles (within from/to when given) mentioning both "
                    + "entities. links=center (default): edges from the entity to each companion; links=all adds the "
                    + "edges between companions, counted over all articles in the range that mention both, whether "
                    + "or not they mention the entity too (the usual co-occurrence network).")
    public StatsModels.Graph cooccurrence(
            @Parameter(description = "Entity id", required = true) @QueryParam("entity") Long entity,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit,
            @Parameter(description = "center or all") @QueryParam("links") String links,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to) {
        if (entity == null) {
            throw new BadParameterException("entity", "is required: an entity id");
        }
        boolean all = Params.oneOf("links", links, Links.class, Links.CENTER) == Links.ALL;
        return cooccurrence.graph(entity, limit, Params.range(from, to), all)
                .orElseThrow(() -> new NotFoundProblem("No entity with id " + entity + "."));
    }

    @GET
    @Path("/speakers")
    @Operation(summary = "Most quoted speakers, with quote and article counts")
    public StatsModels.Speakers speakers(
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @QueryParam("source") String source,
            @QueryParam("limit") @DefaultValue("10") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit) {
        Params.DateRange dates = Params.range(from, to);
        return new StatsModels.Speakers(dates.from(), dates.to(), speakers.top(dates, Params.text(source), limit));
    }

    @GET
    @Path("/sources")
    @Operation(summary = "Articles per source")
    public StatsModels.Sources sources(
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit) {
        Params.DateRange dates = Params.range(from, to);
        return new StatsModels.Sources(dates.from(), dates.to(), sources.sources(dates, limit));
    }

    @GET
    @Path("/articles")
    @Operation(summary = "Articles per day, week or month, of all sources or one",
            description = "Every bucket from the first to the last is present (zero-filled); buckets are the first days of "
                    + "the intervals (weeks start on Monday). Without from or to, the range ends at the first or last day "
                    + "with articles.")
    public StatsModels.ArticleCounts articles(
            @Parameter(description = "day, week (default) or month") @QueryParam("interval") String interval,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @Parameter(description = "Source name, exactly") @QueryParam("source") String source) {
        return articleCounts.counts(Params.oneOf("interval", interval, Interval.class, Interval.WEEK), Params.range(from, to),
                Params.text(source));
    }
}
