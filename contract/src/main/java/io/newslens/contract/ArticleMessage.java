package io.newslens.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The message on the {@value Topics#ARTICLES} topic, produced by ingest-service (or any outside producer
 * that follows {@code schema/article-message.schema.json}) and consumed by analysis-service.
 *
 * @param schemaVersion version of this contract, {@value #SCHEMA_VERSION} today
 * @param id            stable article id: derived from the URL when there is one, else from the normalised text
 * @param revision      content hash of title and body; a changed text for the same id is a new revision
 * @param url           where the article was published, if known
 * @param source        outlet name or domain, if known
 * @param title         headline, if any
 * @param byline        author line, if any
 * @param published     publication date stated by the article, if any
 * @param body          the article text (required, non-blank)
 * @param receivedAt    when ingestion accepted it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ArticleMessage(
        int schemaVersion,
        String id,
        String revision,
        String url,
        String source,
        String title,
        String byline,
        LocalDate published,
        String body,
        Instant receivedAt) {

    public static final int SCHEMA_VERSION = 1;

    /** Largest body, in characters, that the contract allows. */
    public static final int MAX_BODY_CHARS = 1_000_000;
}
