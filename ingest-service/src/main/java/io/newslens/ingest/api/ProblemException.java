package io.newslens.ingest.api;

import io.newslens.common.auth.ApiKey;
import io.newslens.common.problem.Problem.FieldError;
import io.newslens.common.problem.Problem;

import java.util.List;
import java.util.Map;

/** A client-visible failure, rendered as {@code application/problem+json} by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " problems: " + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return of(400, "invalid-article", "The article is not valid", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException tooLarge(String field, long limitBytes) {
        return of(413, "too-large", "Request body too large",
                "the body is larger than the limit of " + limitBytes + " bytes",
                List.of(new FieldError(field, "larger than " + limitBytes + " bytes")));
    }

    public static ProblemException unsupportedMediaType(String given, List<String> supported) {
        return of(415, "unsupported-media-type", "Unsupported media type",
                "Content-Type " + (given == null ? "(none)" : "'" + given + "'") + " is not supported; use one of " + supported,
                List.of(new FieldError("Content-Type", "must be one of " + supported)));
    }

    /** A refusal of {@link ApiKey#refusal}, with its challenge. */
    public static ProblemException unauthorized(Problem refusal) {
        return new ProblemException(refusal, ApiKey.CHALLENGE);
    }

    public static ProblemException notFound(String detail) {
        return of(404, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(Problem.of(503, "unavailable", "Service temporarily unavailable", detail),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static ProblemException of(int status, String type, String title, String detail, List<FieldError> errors) {
        return new ProblemException(Problem.of(status, type, title, detail, errors), Map.of());
    }
}
