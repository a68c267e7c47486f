package io.newslens.analysis.api;

import io.newslens.common.http.StatusProblems;
import io.newslens.common.problem.Problem;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/**
 * The admin API's errors as {@code application/problem+json}: what the REST layer raises itself (an unknown path under a
 * resource, a method it does not take, an Accept it cannot produce) and anything unexpected, without a stack trace.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "server error %d on %s", status, uri.getPath());
            return Problem.of(status, "server-error", "Server error", "The request could not be handled; the error was logged.")
                    .at(uri.getPath()).toResponse();
        }
        Problem p = StatusProblems.of(status, request.getMethod(), uri.getPath(), request.getHeaderString(HttpHeaders.CONTENT_TYPE));
        return p.toResponse(e instanceof NotAllowedException && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null
                ? Map.of(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)) : Map.of());
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error on " + uri.getPath(), e);
        return Problem.of(500, "internal", "Internal error", "An unexpected error occurred; it has been logged.")
                .at(uri.getPath()).toResponse();
    }
}
