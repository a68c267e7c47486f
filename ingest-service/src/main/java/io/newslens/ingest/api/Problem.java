package io.newslens.ingest.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 {@code application/problem+json} body.
 *
 * @param type   a URI naming the kind of problem
 * @param title  short summary, the same for every problem of this type
 * @param status the HTTP status code
 * @param detail what went wrong in this request, in words a client can act on
 * @param errors each offending field with its message (validation problems only)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
