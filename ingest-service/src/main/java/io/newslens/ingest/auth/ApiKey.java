package io.newslens.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An API key compared in constant time: both sides are hashed first, so neither the content nor the length of the
 * expected key leaks through timing.
 */
public final class ApiKey {

    private final byte[] expectedHash;

    public ApiKey(String expected) {
        if (expected == null || expected.isBlank()) {
            throw new IllegalArgumentException("API key must not be blank");
        }
        this.expectedHash = sha256(expected.strip());
    }

    public boolean matches(String given) {
        if (given == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedHash, sha256(given.strip()));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
