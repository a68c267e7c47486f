package io.newslens.query.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
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
        return respond(Problem.badRequest(e.errors().size() == 1
                ? "Parameter '" + e.errors().get(0).field() + "' " + e.errors().get(0).message() + "."
                : "Several parameters are invalid.", e.errors()), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return respond(Problem.notFound(e.getMessage()), uri);
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
        return respond(Problem.badRequest("The request body is not valid JSON.", List.of()), uri);
    }

    @ServerExceptionMapper
    public Response dataAccess(DataAccessException e, UriInfo uri) {
        if (e.timedOut()) {
            LOG.warnf("query cancelled by statement_timeout on %s", uri.getRequestUri());
            return respond(new Problem("/problems/timeout", "Query took too long", 503,
                    "The query was cancelled after the statement timeout; narrow it (dates, source, entity) and retry.",
                    null, List.of()), uri);
        }
        if (e.unavailable()) {
            LOG.warnf("database unavailable on %s: %s", uri.getRequestUri(), e.getMessage());
            return Response.fromResponse(respond(new Problem("/problems/unavailable", "Database unavailable", 503,
                    "The database connection was lost, or every connection is busy; retry shortly.", null, List.of()), uri)).header("Retry-After", "1").build();
        }
        LOG.error("database error on " + uri.getRequestUri(), e);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "The database could not answer this request.", null, List.of()), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // parameter converters' exceptions arrive wrapped (JAX-RS turns query/path conversion failures into 404)
        if (e.getCause() instanceof BadParameterException bad) {
            return badParameter(bad, uri);
        }
        if (e.getCause() instanceof NotFoundProblem nf) {
            return notFound(nf, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 404 ? "No resource at " + uri.getPath() + "." : e.getMessage();
        return respond(new Problem("/problems/http-" + status, title, status, detail, null, List.of()), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error on " + uri.getRequestUri(), e);
        return respond(new Problem("/problems/internal", "Internal error", 500,
                "An unexpected error occurred; it has been logged.", null, List.of()), uri);
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

    private static Response respond(Problem p, UriInfo uri) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p.at(uri.getPath())).build();
    }
}
