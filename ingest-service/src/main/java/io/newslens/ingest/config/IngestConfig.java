package io.newslens.ingest.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits and timings of ingestion ({@code newslens.ingest.*}, or {@code NEWSLENS_INGEST_*} in the environment). */
@ConfigMapping(prefix = "newslens.ingest")
public interface IngestConfig {

    /** Largest single article request body, and largest file or NDJSON line in a batch. */
    @WithDefault("1M")
    MemorySize maxArticleSize();

    /** Largest NDJSON or multipart request body; keep {@code quarkus.http.limits.max-body-size} equal to it. */
    @WithDefault("32M")
    MemorySize maxBatchSize();

    /** Most articles (lines or files) in one batch request. */
    @WithDefault("10000")
    int maxBatchItems();

    /** How long to wait for Kafka's acknowledgement before answering 503. */
    @WithDefault("6s")
    Duration publishTimeout();

    /** The Retry-After given with a 503. */
    @WithDefault("5s")
    Duration retryAfter();

    /** How many recently acknowledged article ids this instance remembers for duplicates and status. */
    @WithDefault("200000")
    int recentArticles();

    /** The consumer group of analysis-service: articles past its committed offsets are still queued. */
    @WithDefault("analysis-service")
    String analysisGroupId();

    /** How long, after a start, to keep trying to read the articles queued before it from Kafka. */
    @WithDefault("60s")
    Duration queuedReadTimeout();

    /** Whether to look the article up in the analysis database to answer {@code duplicate}. */
    @WithDefault("true")
    boolean checkDatabaseForDuplicates();
}
