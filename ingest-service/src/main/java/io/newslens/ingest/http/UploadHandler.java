package io.newslens.ingest.http;

import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.batch.BatchIntake;
import io.newslens.ingest.batch.BatchItem;
import io.newslens.ingest.batch.BatchReaders;
import io.newslens.ingest.config.IngestConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Multipart uploads: every file part becomes one article (or one per line for .ndjson). */
@ApplicationScoped
class UploadHandler {

    private final BatchIntake batch;
    private final IngestConfig config;

    UploadHandler(BatchIntake batch, IngestConfig config) {
        this.batch = batch;
        this.config = config;
    }

    Uni<Response> upload(List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw ProblemException.invalid("files", "no file parts in the upload (each part needs a filename)");
        }
        List<BatchItem> items = new ArrayList<>();
        for (FileUpload f : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(f.uploadedFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            items.addAll(BatchReaders.file(f.fileName(), f.contentType(), bytes, config.maxArticleSize().asLongValue()));
        }
        if (items.size() > config.maxBatchItems()) {
            throw ProblemException.of(413, "too-many-items", "Too many articles in one request",
                    items.size() + " articles; at most " + config.maxBatchItems() + " per request",
                    List.of(new io.newslens.common.problem.Problem.FieldError("files", "more than " + config.maxBatchItems() + " articles")));
        }
        return batch.submit(items).map(r -> ArticleResource.batchAnswer(r, config.retryAfter().toSeconds()));
    }
}
