package io.newslens.ingest.status;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * What became of an article: {@code queued} (acknowledged by Kafka, not analysed yet), {@code analysed} (with when and
 * by which analyzer version) or {@code failed} (with the reason). {@code analysedRevision} is set when an older
 * revision is analysed while a newer one is queued.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleStatus(String id, String revision, String status, Instant acceptedAt, Instant analyzedAt,
                            String analyzerVersion, String reason, Instant failedAt, String analysedRevision) {

    public static final String QUEUED = "queued";
    public static final String ANALYSED = "analysed";
    public static final String FAILED = "failed";
}
