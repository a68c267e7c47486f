package io.newslens.ingest.http;

import io.newslens.common.problem.Problem.FieldError;
import io.newslens.common.problem.Problem;
import io.newslens.ingest.api.ArticleMediaTypes;
import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.batch.BatchIntake;
import io.newslens.ingest.batch.BatchItem;
import io.newslens.ingest.batch.BatchReaders;
import io.newslens.ingest.config.IngestConfig;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;

/** {@code POST /articles/batch}: NDJSON (one article per line) or a multipart upload; one result per line or file. */
@Path("/articles/batch")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class BatchResource {

    private final BatchIntake batch;
    private final UploadHandler uploads;
    private final IngestConfig config;

    public BatchResource(BatchIntake batch, UploadHandler uploads, IngestConfig config) {
        this.batch = batch;
        this.uploads = uploads;
        this.config = config;
    }

    @POST
    @Consumes(ArticleMediaTypes.NDJSON)
    @Blocking
    @Operation(summary = "One JSON article per line; the answer has one result per line, in order")
    public Uni<Response> ndjson(byte[] body, HttpHeaders headers) {
        byte[] b = RequestBodies.limited(body, config.maxBatchSize().asLongValue());
        if (b.length == 0 || new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw ProblemException.invalid("request", "empty: expected one JSON article per line");
        }
        RequestBodies.checkCharset(headers.getMediaType(), ArticleMediaTypes.SUPPORTED_BATCH);
        List<BatchItem> items = BatchReaders.ndjson(null, b, config.maxArticleSize().asLongValue());
        if (items.size() > config.maxBatchItems()) {
            throw ProblemException.of(413, "too-many-items", "Too many articles in one request",
                    items.size() + " lines; at most " + config.maxBatchItems() + " per request",
                    List.of(new FieldError("request", "more than " + config.maxBatchItems() + " lines")));
        }
        return batch.submit(items).map(r -> ArticleResource.batchAnswer(r, config.retryAfter().toSeconds()));
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
    public Response unsupported(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        throw ProblemException.unsupportedMediaType(type == null ? null : type.toString(), ArticleMediaTypes.SUPPORTED_BATCH);
    }
}
