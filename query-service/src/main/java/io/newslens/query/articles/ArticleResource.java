package io.newslens.query.articles;

import io.newslens.query.api.NotFoundProblem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/articles/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
public class ArticleResource {

    private final ArticleStore store;

    public ArticleResource(ArticleStore store) {
        this.store = store;
    }

    @GET
    @Operation(summary = "One article with its entities (aliases, mention offsets), quotes (offsets, speaker, cue) "
            + "and the analyzer version")
    public ArticleDetail get(@PathParam("id") String id) {
        return store.find(id).orElseThrow(() -> new NotFoundProblem("No article with id '" + id + "'."));
    }
}
