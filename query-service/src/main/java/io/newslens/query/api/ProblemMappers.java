package io.newslens.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newslens.common.http.StatusProblems;
import io.newslens.common.problem.Problem;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Every error leaves as application/problem+json; client mistakes are 4xx and name the parameter. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response badParameter(BadParameterException e, UriInfo uri) {
        return respond(badRequest(e.errors().size() == 1
                ? "Parameter '" + e.errors().get(0).field() + "' " + e.errors().get(0).message() + "."
                : "Several parameters are invalid.", e.errors()), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(notFound(e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e.getConstraintViolations(), uri);
    }

    @ServerExceptionMapper
    public Response violation(ConstraintViolationException e, UriInfo uri) {
        return violations(e.getConstraintViolations(), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(badRequest("The request body is not valid JSON.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response dataAccess(DataAccessException e, UriInfo uri) {
        if (e.timedOut()) {
            LOG.warnf("query cancelled by statement_timeout on %s", uri.getRequestUri());
            return respond(Problem.of(503, "timeout", "Query took too long",
                    "The query was cancelled after the statement timeout; narrow it (dates, source, entity) and retry."), uri);
        }
        if (e.unavailable()) {
            LOG.warnf("database unavailable on %s: %s", uri.getRequestUri(), e.getMessage());
            return Response.fromResponse(respond(Problem.of(503, "unavailable", "Database unavailable",
                    "The database connection was lost, or every connection is busy; retry shortly."), uri)).header("Retry-After", "1").build();
        }
        LOG.error("database error on " + uri.getRequestUri(), e);
        return respond(Problem.of(500, "internal", "Internal error",
                "The database could not answer this request."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        // parameter converters' exceptions arrive wrapped (JAX-RS turns query/path conversion failures into 404)
        if (e.getCause() instanceof BadParameterException bad) {
            return badParameter(bad, uri);
        }
        if (e.getCause() instanceof NotFoundProblem nf) {
            return notFound(nf, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "server error %d on %s", status, uri.getPath());
            return respond(Problem.of(status, "internal", "Internal error", "The request could not be handled; it has been logged."), uri);
        }
        return respond(StatusProblems.of(status, request.getMethod(), uri.getPath(), request.getHeaderString(HttpHeaders.CONTENT_TYPE)),
                uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error on " + uri.getRequestUri(), e);
        return respond(Problem.of(500, "internal", "Internal error",
                "An unexpected error occurred; it has been logged."), uri);
    }

    private Response violations(Set<? extends ConstraintViolation<?>> violations, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            errors.add(new Problem.FieldError(parameterName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return badParameter(new BadParameterException(errors), uri);
    }

    /** "search.limit" -> "limit": the last parameter or property node of the path. */
    static String parameterName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name == null ? path.toString() : name;
    }

    /** A request parameter the client got wrong. */
    static Problem badRequest(String detail, List<Problem.FieldError> errors) {
        return Problem.of(400, "invalid-parameter", "Invalid request parameter", detail, errors);
    }

    static Problem notFound(String detail) {
        return Problem.of(404, "not-found", "Not found", detail);
    }

    private static Response respond(Problem p, UriInfo uri) {
        return p.at(uri.getPath()).toResponse();
    }
}
