package io.newslens.ingest.http;

import io.newslens.common.problem.Problem;
import io.newslens.ingest.api.ArticleMediaTypes;
import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.batch.BatchResponse;
import io.newslens.ingest.config.IngestConfig;
import io.newslens.ingest.parse.ArticleDraft;
import io.newslens.ingest.parse.InvalidArticleException;
import io.newslens.ingest.parse.JsonArticleReader;
import io.newslens.ingest.parse.PageReader;
import io.newslens.ingest.publish.ArticleIntake;
import io.newslens.ingest.publish.IngestResult;
import io.newslens.ingest.publish.PublishUnavailableException;
import io.newslens.ingest.status.ArticleStatus;
import io.newslens.ingest.status.DatabaseUnavailableException;
import io.newslens.ingest.status.QueuedBacklog;
import io.newslens.ingest.status.StatusService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code POST /articles} in JSON, raw page text, HTML or as a multipart upload of several files, and
 * {@code GET /articles/{id}/status}.
 */
@Path("/articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ArticleResource {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    /** How long a status request for an unknown id waits for the read of what was queued before the start. */
    static final Duration BACKLOG_WAIT = Duration.ofSeconds(2);

    private final ArticleIntake intake;
    private final UploadHandler uploads;
    private final StatusService status;
    private final QueuedBacklog backlog;
    private final IngestConfig config;

    public ArticleResource(ArticleIntake intake, UploadHandler uploads, StatusService status, QueuedBacklog backlog,
                           IngestConfig config) {
        this.intake = intake;
        this.uploads = uploads;
        this.status = status;
        this.backlog = backlog;
        this.config = config;
    }

    @POST
    @Consumes(ArticleMediaTypes.JSON)
    @Operation(summary = "Submit one article as JSON: {body, title?, url?, source?, byline?, published?}")
    public Uni<Response> json(byte[] body, HttpHeaders headers) {
        return accept(() -> JsonArticleReader.read(text(body, headers)));
    }

    @POST
    @Consumes(ArticleMediaTypes.TEXT)
    @Blocking
    @Operation(summary = "Submit raw page text; headline, date and byline are recognised")
    public Uni<Response> text(byte[] body, HttpHeaders headers, @QueryParam("url") String url, @QueryParam("source") String source) {
        return accept(() -> PageReader.text(text(body, headers), url, source));
    }

    @POST
    @Consumes(ArticleMediaTypes.HTML)
    @Blocking
    @Operation(summary = "Submit an HTML page; markup and boilerplate are removed, metadata is used")
    public Uni<Response> html(byte[] body, HttpHeaders headers, @QueryParam("url") String url, @QueryParam("source") String source) {
        return accept(() -> PageReader.html(text(body, headers), url, source));
    }

    @POST
    @Consumes(ArticleMediaTypes.MULTIPART)
    @Blocking
    @Operation(summary = "Upload several files (.txt, .html, .json, .ndjson); one result per article")
    public Uni<Response> upload(@RestForm(FileUpload.ALL) List<FileUpload> files) {
        return uploads.upload(files);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Any other media type is refused with 415")
    public Response unsupported(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        throw ProblemException.unsupportedMediaType(type == null ? null : type.toString(), ArticleMediaTypes.SUPPORTED);
    }

    @GET
    @Path("/{id}/status")
    @Blocking
    @Operation(summary = "queued, analysed (when, analyzer version) or failed (reason)")
    public ArticleStatus status(@PathParam("id") String id, @QueryParam("revision") String revision) {
        if (!ID.matcher(id).matches()) {
            throw ProblemException.invalid("id", "must be 1-64 characters of letters, digits, '_', '.', ':' or '-'");
        }
        if (revision != null && !ID.matcher(revision).matches()) {
            throw ProblemException.invalid("revision", "must be 1-64 characters of letters, digits, '_', '.', ':' or '-'");
        }
        try {
            Optional<ArticleStatus> found = status.statusOf(id, revision);
            if (found.isEmpty() && backlog.reading()) { // it may be queued from before this start: wait a moment for the read
                if (!backlog.awaitRead(BACKLOG_WAIT)) {
                    throw ProblemException.unavailable("status not known yet: ingest-service is still reading the articles queued"
                            + " before it started", 1);
                }
                found = status.statusOf(id, revision);
            }
            return found.orElseThrow(() -> ProblemException.notFound(
                    "no article " + id + (revision == null ? "" : " with revision " + revision) + " is known"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.unavailable("status not known yet: interrupted", 1);
        } catch (DatabaseUnavailableException e) {
            throw ProblemException.unavailable("status unknown: the analysis database is unavailable", config.retryAfter().toSeconds());
        }
    }

    private String text(byte[] body, HttpHeaders headers) {
        return RequestBodies.text(RequestBodies.limited(body, config.maxArticleSize().asLongValue()), headers.getMediaType(),
                ArticleMediaTypes.SUPPORTED);
    }

    private Uni<Response> accept(Supplier<ArticleDraft> reader) {
        ArticleDraft draft;
        try {
            draft = reader.get();
        } catch (InvalidArticleException e) {
            return Uni.createFrom().failure(ProblemException.invalid(e.problems()));
        }
        return intake.submit(draft)
                .map(ArticleResource::answer)
                .onFailure(PublishUnavailableException.class).transform(e -> ProblemException.unavailable(
                        e.getMessage() + "; nothing was queued, send it again", config.retryAfter().toSeconds()));
    }

    private static Response answer(IngestResult r) {
        Response.ResponseBuilder b = r.duplicate() ? Response.ok() : Response.accepted();
        return b.location(URI.create("/articles/" + r.id() + "/status"))
                .type(MediaType.APPLICATION_JSON)
                .entity(new Accepted(r.id(), r.revision(), r.status()))
                .build();
    }

    static Response batchAnswer(BatchResponse response, long retryAfterSeconds) {
        Response.ResponseBuilder b = Response.status(response.unavailable() > 0 ? 503 : 200).type(MediaType.APPLICATION_JSON).entity(response);
        if (response.unavailable() > 0) {
            b.header("Retry-After", Long.toString(retryAfterSeconds));
        }
        return b.build();
    }
}
