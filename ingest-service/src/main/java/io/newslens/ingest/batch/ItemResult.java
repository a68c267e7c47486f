package io.newslens.ingest.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.newslens.common.problem.Problem.FieldError;

import java.util.List;

/**
 * The result for one line of an NDJSON batch or one uploaded file: {@code queued}, {@code duplicate}, {@code rejected}
 * (with {@code errors}) or {@code unavailable} (Kafka did not acknowledge it: send it again later).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ItemResult(String file, Integer line, String status, String id, String revision, List<FieldError> errors) {

    public static final String REJECTED = "rejected";
    public static final String UNAVAILABLE = "unavailable";
}
