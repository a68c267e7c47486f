package io.newslens.query.quotes;

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

@Path("/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "quotes")
public class QuoteResource {

    private final QuoteSearch quotes;

    public QuoteResource(QuoteSearch quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(summary = "Quotes, newest first", description = "Filters: speaker (entity id), q (search in the quote text), "
            + "about (an entity mentioned in or within " + QuoteSearch.NEAR + " characters of the quote, other than its speaker), "
            + "source, from, to. Keyset pagination through nextCursor.")
    public QuotePage list(
            @Parameter(description = "Entity id of the speaker") @QueryParam("speaker") Long speaker,
            @Parameter(description = "Search in the quote text (web-search syntax)")
            @QueryParam("q") @Size(max = Params.MAX_Q, message = Params.MAX_Q_MESSAGE) String q,
            @Parameter(description = "Entity id the quote is about") @QueryParam("about") Long about,
            @QueryParam("source") String source,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("from") String from,
            @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit,
            @QueryParam("cursor") String cursor) {
        QuoteCursor after = QuoteCursor.decode(cursor);
        return quotes.search(new QuoteRequest(speaker, Params.text(q), about, Params.text(source),
                Params.range(from, to), limit, after), true);
    }
}
