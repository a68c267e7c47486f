package io.newslens.ingest.api;

import io.newslens.common.http.StatusProblems;
import io.newslens.common.problem.Problem.FieldError;
import io.newslens.common.problem.Problem;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.Map;

/** Every error leaves the service as {@code application/problem+json}; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response toResponse(ProblemException e) {
        return e.problem().toResponse(e.headers());
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return toResponse(e);
    }

    @ServerExceptionMapper
    public Response invalid(io.newslens.ingest.parse.InvalidArticleException e) {
        return toResponse(ProblemException.invalid(e.problems()));
    }

    @ServerExceptionMapper
    public Response unsupported(NotSupportedException e) {
        return toResponse(ProblemException.unsupportedMediaType(null, ArticleMediaTypes.SUPPORTED));
    }

    @ServerExceptionMapper
    public Response constraint(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return toResponse(ProblemException.invalid(errors));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "server error %d", status);
            return toResponse(ProblemException.of(status, "server-error", "Server error", "the request could not be handled", List.of()));
        }
        Problem p = StatusProblems.of(status, request.getMethod(), request.getUriInfo().getPath(),
                request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        return p.toResponse(e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null
                ? Map.of(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)) : Map.of());
    }

    /** A request body that cannot be read (a multipart body cut short or without its closing boundary) is the client's. */
    @ServerExceptionMapper
    public Response unreadable(java.io.IOException e) {
        return toResponse(ProblemException.invalid("request", "the request body could not be read: malformed or cut short"));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.error("unexpected error", e);
        return toResponse(ProblemException.of(500, "server-error", "Server error",
                "the request could not be handled; the error was logged", List.of()));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
