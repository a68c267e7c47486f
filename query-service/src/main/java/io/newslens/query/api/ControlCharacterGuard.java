package io.newslens.query.api;

import io.newslens.common.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a NUL character anywhere in the path or a query parameter with 400 before any resource runs:
 * PostgreSQL cannot store or compare text containing U+0000 and would fail the query (found by HostileInputIT,
 * which got 500 for {@code ?q=%00} and {@code /articles/%00}).
 */
public class ControlCharacterGuard {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNul(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.indexOf('\u0000') >= 0) {
            return Optional.of(problem("path", request));
        }
        Map<String, List<String>> query;
        try {
            query = request.getUriInfo().getQueryParameters();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // badly encoded: left to the usual handling, which answers 400
        }
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (p.getKey().indexOf('\u0000') >= 0 || p.getValue().stream().anyMatch(v -> v.indexOf('\u0000') >= 0)) {
                return Optional.of(problem(p.getKey().replace('\u0000', '?'), request));
            }
        }
        return Optional.empty();
    }

    private static Response problem(String field, ContainerRequestContext request) {
        Problem p = ProblemMappers.badRequest("Parameter '" + field + "' must not contain a NUL character.",
                List.of(new Problem.FieldError(field, "must not contain a NUL character"))).at(request.getUriInfo().getPath()
                .replace('\u0000', '?'));
        return p.toResponse();
    }
}
