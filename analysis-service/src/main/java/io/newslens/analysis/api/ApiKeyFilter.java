package io.newslens.analysis.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** Admin endpoints need {@code X-API-Key} equal to {@code NEWSLENS_API_KEY}, compared in constant time. */
@Provider
public class ApiKeyFilter implements ContainerRequestFilter {

    private final Optional<String> apiKey;

    public ApiKeyFilter(@ConfigProperty(name = "newslens.api-key") Optional<String> apiKey) {
        this.apiKey = apiKey.filter(k -> !k.isBlank());
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getUriInfo().getPath().startsWith("/admin")) {
            return;
        }
        if (apiKey.isEmpty()) {
            request.abortWith(Problem.response(503, "Admin endpoints disabled",
                    "set NEWSLENS_API_KEY to enable the admin endpoints", List.of()));
            return;
        }
        String given = request.getHeaderString("X-API-Key");
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                apiKey.get().getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Problem.response(401, "Unauthorized", "a valid X-API-Key header is required",
                    List.of(new Problem.FieldError("X-API-Key", given == null ? "missing" : "not valid"))));
        }
    }
}
