package io.newslens.ingest.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** Every error leaves the service as {@code application/problem+json}; no stack trace ever reaches a client. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    public static Response toResponse(ProblemException e) {
        Response.ResponseBuilder b = Response.status(e.problem().status()).type(Problem.MEDIA_TYPE).entity(e.problem());
        e.headers().forEach(b::header);
        return b.build();
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
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList();
        return toResponse(ProblemException.invalid(errors));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "server error %d", status);
            return toResponse(ProblemException.of(status, "server-error", "Server error", "the request could not be handled", List.of()));
        }
        Response.StatusType type = e.getResponse().getStatusInfo();
        ProblemException p = ProblemException.of(status, "http-" + status, type.getReasonPhrase(),
                e.getMessage() == null ? type.getReasonPhrase() : e.getMessage(), List.of());
        Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE).entity(p.problem());
        if (e instanceof NotAllowedException) {
            b.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return b.build();
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
