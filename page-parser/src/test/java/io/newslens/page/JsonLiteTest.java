package io.newslens.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonLiteTest {

    @Test
    void parsesNestedValues() {
        Object v = JsonLite.parse("{\"a\": [1, 2.5, true, false, null], \"b\": {\"c\": \"x\\\"y\\u00e9\\n\"}}");
        assertTrue(v instanceof Map<?, ?>);
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(java.util.Arrays.asList(1.0, 2.5, true, false, null), m.get("a"));
        assertEquals("x\"y\u00e9\n", ((Map<?, ?>) m.get("b")).get("c"));
    }

    @Test
    void toleratesTrailingCommasAndSemicolon() {
        assertEquals(List.of(1.0, 2.0), JsonLite.parse("[1, 2, ];"));
        assertEquals(Map.of("a", "b"), JsonLite.parse("{\"a\":\"b\",}"));
    }

    @Test
    void malformedGivesNull() {
        assertNull(JsonLite.parse("{\"a\": }"));
        assertNull(JsonLite.parse("[1, 2"));
        assertNull(JsonLite.parse("{} trailing"));
        assertNull(JsonLite.parse(""));
        assertNull(JsonLite.parse(null));
    }
}
