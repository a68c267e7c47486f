package io.newslens.ingest.auth;

import io.newslens.common.auth.ApiKey;
import io.newslens.ingest.api.ProblemException;
import io.newslens.ingest.api.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.Set;

/** Write requests ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}) need {@code X-API-Key} equal to {@code NEWSLENS_API_KEY}. */
public class ApiKeyFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ApiKeyGuard guard;

    public ApiKeyFilter(ApiKeyGuard guard) {
        this.guard = guard;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return Optional.empty();
        }
        return guard.key().flatMap(key -> key.refusal(request.getHeaderString(ApiKey.HEADER)))
                .map(refusal -> ProblemMappers.toResponse(ProblemException.unauthorized(refusal)));
    }
}
