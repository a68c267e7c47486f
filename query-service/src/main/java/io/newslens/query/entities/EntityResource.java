package io.newslens.query.entities;

import io.newslens.query.api.EntityType;
import io.newslens.query.api.NotFoundProblem;
import io.newslens.query.api.Params;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/entities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "entities")
public class EntityResource {

    private final EntityDirectory directory;

    public EntityResource(EntityDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "Find entities by name or alias",
            description = "Matches names and aliases that start with q or have a word starting with q (case and accents "
                    + "ignored); exact matches first, then the most mentioned. Without q: the most mentioned entities.")
    public EntityList find(
            @Parameter(description = "Name or alias, or its beginning") @QueryParam("q")
            @Size(max = 200, message = "must be at most 200 characters") String q,
            @Parameter(description = "person, organization, location or misc") @QueryParam("type") String type,
            @QueryParam("limit") @DefaultValue("20") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 100, message = Params.LIMIT_MESSAGE) int limit) {
        return new EntityList(directory.find(Params.text(q), EntityType.parse("type", type), limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Entity profile", description = "Name, type, aliases, article and mention counts, first and last "
            + "seen, the entities most often mentioned with it (all time, counted in articles; by date range: "
            + "/stats/cooccurrence), and the latest quotes by it and about it.")
    public EntityProfile profile(@PathParam("id") long id,
            @QueryParam("companions") @DefaultValue("10") @Min(value = 1, message = Params.LIMIT_MIN_MESSAGE)
            @Max(value = 50, message = "must be at most 50") int companions,
            @QueryParam("quotes") @DefaultValue("5") @Min(value = 0, message = "must be at least 0")
            @Max(value = 50, message = "must be at most 50") int quotes) {
        return directory.profile(id, companions, quotes)
                .orElseThrow(() -> new NotFoundProblem("No entity with id " + id + "."));
    }
}
