package io.newslens.ingest.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeyTest {

    @Test
    void matchesOnlyTheSameKey() {
        ApiKey key = new ApiKey("s3cret-key");
        assertTrue(key.matches("s3cret-key"));
        assertTrue(key.matches(" s3cret-key "), "surrounding whitespace from a copied secret is ignored");
        assertFalse(key.matches("s3cret-kez"));
        assertFalse(key.matches("s3cret-key-and-more"));
        assertFalse(key.matches("s3cret"));
        assertFalse(key.matches(""));
        assertFalse(key.matches(null));
    }

    @Test
    void blankKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKey("  "));
    }
}
