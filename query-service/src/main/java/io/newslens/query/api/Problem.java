package io.newslens.query.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem detail, with the request parameters that were wrong. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem badRequest(String detail, List<FieldError> errors) {
        return new Problem("/problems/invalid-parameter", "Invalid request parameter", 400, detail, null, errors);
    }

    public static Problem notFound(String detail) {
        return new Problem("/problems/not-found", "Not found", 404, detail, null, List.of());
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
