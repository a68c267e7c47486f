package io.newslens.ingest.http;

/** The answer to {@code POST /articles}: the article id, its revision and {@code queued} or {@code duplicate}. */
public record Accepted(String id, String revision, String status) {
}
