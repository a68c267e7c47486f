package io.newslens.ingest.publish;

/** The answer to an accepted article: its id, its revision and {@code queued} or {@code duplicate}. */
public record IngestResult(String id, String revision, String status) {

    public static final String QUEUED = "queued";
    public static final String DUPLICATE = "duplicate";

    public boolean duplicate() {
        return DUPLICATE.equals(status);
    }
}
