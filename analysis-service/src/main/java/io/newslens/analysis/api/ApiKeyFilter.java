package io.newslens.analysis.api;

import io.newslens.common.auth.ApiKey;
import io.newslens.common.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Admin endpoints ({@link AdminApi}) need {@code X-API-Key} equal to {@code NEWSLENS_API_KEY} (the shared
 * {@link ApiKey} check); without a configured key they are off (503).
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    private final Optional<ApiKey> key;

    public ApiKeyFilter(@ConfigProperty(name = "newslens.api-key") Optional<String> apiKey) {
        this.key = ApiKey.of(apiKey);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (key.isEmpty()) {
            request.abortWith(Problem.of(503, "admin-disabled", "Admin endpoints disabled",
                    "set NEWSLENS_API_KEY to enable the admin endpoints").toResponse());
            return;
        }
        key.get().refusal(request.getHeaderString(ApiKey.HEADER))
                .ifPresent(refusal -> request.abortWith(refusal.toResponse(ApiKey.CHALLENGE)));
    }
}
