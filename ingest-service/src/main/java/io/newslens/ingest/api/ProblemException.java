package io.newslens.ingest.api;

import java.util.List;
import java.util.Map;

/** A client-visible failure, rendered as {@code application/problem+json} by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private static final String BASE = "https://newslens.io/problems/";

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

    public static ProblemException invalid(List<FieldProblem> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " problems: " + String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return of(400, "invalid-article", "The article is not valid", detail, errors);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldProblem(field, message)));
    }

    public static ProblemException tooLarge(String field, long limitBytes) {
        return of(413, "too-large", "Request body too large",
                "the body is larger than the limit of " + limitBytes + " bytes",
                List.of(new FieldProblem(field, "larger than " + limitBytes + " bytes")));
    }

    public static ProblemException unsupportedMediaType(String given, List<String> supported) {
        return of(415, "unsupported-media-type", "Unsupported media type",
                "Content-Type " + (given == null ? "(none)" : "'" + given + "'") + " is not supported; use one of " + supported,
                List.of(new FieldProblem("Content-Type", "must be one of " + supported)));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(new Problem(BASE + "unauthorized", "Missing or wrong API key", 401, detail,
                List.of(new FieldProblem("X-API-Key", detail))), Map.of("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
    }

    public static ProblemException notFound(String detail) {
        return of(404, "not-found", "Not found", detail, List.of());
    }

    public static ProblemException unavailable(String detail, long retryAfterSeconds) {
        return new ProblemException(new Problem(BASE + "unavailable", "Service temporarily unavailable", 503, detail, List.of()),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public static ProblemException of(int status, String type, String title, String detail, List<FieldProblem> errors) {
        return new ProblemException(new Problem(BASE + type, title, status, detail, errors), Map.of());
    }
}
