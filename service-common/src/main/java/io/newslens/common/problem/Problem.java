package io.newslens.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * The one RFC 9457 {@code application/problem+json} body of all three services.
 *
 * <p>Written here rather than taken from quarkus-resteasy-problem (Quarkiverse): that extension maps exceptions with
 * its own mappers and names field errors {@code violations}, while the services, their clients and the dashboard
 * read {@code errors[].field} and each service already maps its own exceptions to the problem it means; the body
 * itself is five fields and a list, less than the extension's configuration would be.
 *
 * @param type     a URI reference naming the kind of problem: {@code /problems/<name>}
 * @param title    short summary, the same for every problem of this type
 * @param status   the HTTP status code
 * @param detail   what went wrong in this request, in words a client can act on
 * @param instance the request path, when known
 * @param errors   each offending field, parameter or header with its message
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "/problems/";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One offending field, parameter or header. */
    public record FieldError(String field, String message) {
    }

    /** A problem of type {@code /problems/<name>}. */
    public static Problem of(int status, String name, String title, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + name, title, status, detail, null, errors);
    }

    public static Problem of(int status, String name, String title, String detail) {
        return of(status, name, title, detail, List.of());
    }

    /** The same problem, for the request at {@code path}. */
    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }

    public Response toResponse() {
        return toResponse(Map.of());
    }

    public Response toResponse(Map<String, String> headers) {
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE).entity(this);
        headers.forEach(b::header);
        return b.build();
    }
}
