package io.newslens.common.auth;

import io.newslens.common.problem.Problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one API-key check ({@code NEWSLENS_API_KEY}, sent in {@value #HEADER}) of ingest's write endpoints and
 * analysis' admin endpoints. Both sides are hashed before a constant-time comparison, so neither the content nor
 * the length of the expected key leaks through timing; surrounding whitespace is ignored on both sides.
 */
public final class ApiKey {

    public static final String HEADER = "X-API-Key";
    /** Sent with every 401, as RFC 9110 requires. */
    public static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");

    private final byte[] expectedHash;

    public ApiKey(String expected) {
        if (expected == null || expected.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank");
        }
        this.expectedHash = sha256(expected.strip());
    }

    /** The configured key, or empty when none is set (blank counts as none). */
    public static Optional<ApiKey> of(Optional<String> configured) {
        return configured.filter(k -> !k.isBlank()).map(ApiKey::new);
    }

    public boolean matches(String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash, sha256(given.strip()));
    }

    /** Empty when {@code given} (the header's value, null when absent) is the key; otherwise the 401 to answer. */
    public Optional<Problem> refusal(String given) {
        if (given == null || given.isBlank()) {
            return Optional.of(unauthorized("missing: send the API key in " + HEADER));
        }
        return matches(given) ? Optional.empty() : Optional.of(unauthorized("wrong API key"));
    }

    private static Problem unauthorized(String detail) {
        return Problem.of(401, "unauthorized", "Missing or wrong API key", detail, List.of(new Problem.FieldError(HEADER, detail)));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
