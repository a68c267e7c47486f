package io.newslens.analysis.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * Admin endpoints ({@link AdminApi}) need {@code X-API-Key} equal to {@code NEWSLENS_API_KEY}. Both sides are hashed
 * before a constant-time comparison, so neither the key's content nor its length leaks through timing.
 */
@Provider
@AdminApi
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final Optional<byte[]> expected;

    public ApiKeyFilter(@ConfigProperty(name = "newslens.api-key") Optional<String> apiKey) {
        this.expected = apiKey.filter(k -> !k.isBlank()).map(ApiKeyFilter::sha256);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (expected.isEmpty()) {
            request.abortWith(Problem.response(503, "Admin endpoints disabled",
                    "set NEWSLENS_API_KEY to enable the admin endpoints", List.of()));
            return;
        }
        String given = request.getHeaderString(HEADER);
        if (given == null || !MessageDigest.isEqual(sha256(given), expected.get())) {
            request.abortWith(Problem.response(401, "Unauthorized", "a valid X-API-Key header is required",
                    List.of(new Problem.FieldError(HEADER, given == null ? "missing" : "not valid"))));
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
