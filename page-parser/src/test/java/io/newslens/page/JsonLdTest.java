package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonLdTest {

    @Test
    void parsesNestedValues() {
        Object v = JsonLd.parse("{\"a\": [1, 2.5, true, false, null], \"b\": {\"c\": \"x\\\"y\\u00e9\\n\"}}");
        assertTrue(v instanceof Map<?, ?>);
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(java.util.Arrays.asList(1, 2.5, true, false, null), m.get("a"));
        assertEquals("x\"y\u00e9\n", ((Map<?, ?>) m.get("b")).get("c"));
    }

    @Test
    void toleratesTrailingCommasAndSemicolon() {
        assertEquals(List.of(1, 2), JsonLd.parse("[1, 2, ];"));
        assertEquals(Map.of("a", "b"), JsonLd.parse("{\"a\":\"b\",}"));
    }

    @Test
    void malformedGivesNull() {
        assertNull(JsonLd.parse("{\"a\": }"));
        assertNull(JsonLd.parse("[1, 2"));
        assertNull(JsonLd.parse("{} trailing"));
        assertNull(JsonLd.parse(""));
        assertNull(JsonLd.parse(null));
        assertNull(JsonLd.parse("[".repeat(100) + "]".repeat(100)), "nesting deeper than any page needs");
    }
}
