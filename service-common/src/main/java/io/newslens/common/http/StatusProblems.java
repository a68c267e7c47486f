package io.newslens.common.http;

import io.newslens.common.problem.Problem;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * The problem for a client error that the HTTP or REST layer raised with a bare status (no route, a method or media
 * type it does not take, a body too large...), naming the part of the request at fault. Used by {@link HttpProblems}
 * and by each service's mapper of the REST layer's own exceptions, so that the same mistake reads the same everywhere.
 */
public final class StatusProblems {

    private StatusProblems() {
    }

    public static Problem of(int status, String method, String path, String contentType) {
        Problem p = switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "No resource at " + path + ".");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed",
                    "Method " + method + " is not allowed on " + path + ".");
            case 406 -> Problem.of(406, "not-acceptable", "Not acceptable",
                    "None of the media types in Accept can be produced here; ask for application/json.",
                    List.of(new Problem.FieldError("Accept", "no acceptable media type")));
            case 411 -> Problem.of(411, "length-required", "Length required", "The request needs a Content-Length.",
                    List.of(new Problem.FieldError("Content-Length", "required")));
            case 413 -> Problem.of(413, "too-large", "Request body too large", "The request body is larger than this service accepts.",
                    List.of(new Problem.FieldError("request", "too large")));
            case 414 -> Problem.of(414, "uri-too-long", "URI too long", "The request URI is longer than this service accepts.",
                    List.of(new Problem.FieldError("path", "too long")));
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    "Content-Type " + (contentType == null ? "(none)" : "'" + contentType + "'") + " is not supported here.",
                    List.of(new Problem.FieldError("Content-Type", "not supported")));
            case 431 -> Problem.of(431, "headers-too-large", "Request header fields too large",
                    "The request's headers are larger than this service accepts.", List.of(new Problem.FieldError("headers", "too large")));
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield Problem.of(status, status == 400 ? "bad-request" : "http-" + status,
                        known == null ? "Client error" : known.getReasonPhrase(), "The request could not be read: malformed or incomplete.");
            }
        };
        return p.at(path);
    }
}
