package io.newslens.page;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * JSON-LD blocks of HTML pages, read with Jackson as leniently as pages write them (a trailing comma, a trailing
 * semicolon): objects become maps, arrays lists, and scalars their Java values. Malformed input gives null.
 */
final class JsonLd {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build()).build())
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private JsonLd() {
    }

    /** The parsed value, or null when {@code text} is not JSON. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith(";")) {
            t = t.substring(0, t.length() - 1);
        }
        try (JsonParser p = MAPPER.createParser(t)) {
            Object v = MAPPER.readValue(p, Object.class);
            return p.nextToken() == null ? v : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
