package io.newslens.common.auth;

import io.newslens.common.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void aMissingOrWrongKeyIsA401NamingTheHeader() {
        ApiKey key = new ApiKey("s3cret-key");
        assertTrue(key.refusal("s3cret-key").isEmpty());
        for (String given : new String[] {null, "", "  ", "s3cret-kez"}) {
            Problem p = key.refusal(given).orElseThrow();
            assertEquals(401, p.status());
            assertEquals("/problems/unauthorized", p.type());
            assertEquals(ApiKey.HEADER, p.errors().get(0).field());
        }
        assertTrue(key.refusal(null).orElseThrow().detail().startsWith("missing"));
        assertEquals("wrong API key", key.refusal("s3cret-kez").orElseThrow().detail());
    }

    @Test
    void noConfiguredKeyIsNoKey() {
        assertTrue(ApiKey.of(Optional.empty()).isEmpty());
        assertTrue(ApiKey.of(Optional.of(" ")).isEmpty());
        assertTrue(ApiKey.of(Optional.of("k")).orElseThrow().matches("k"));
    }

    @Test
    void blankKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ApiKey("  "));
    }
}
