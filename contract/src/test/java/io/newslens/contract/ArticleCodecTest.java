package io.newslens.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCodecTest {

    private static ArticleMessage parse(String json) {
        return ArticleCodec.fromJson(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InvalidMessageException invalid(String json) {
        return assertThrows(InvalidMessageException.class, () -> parse(json));
    }

    @Test
    void roundTripsEveryField() {
        ArticleMessage m = new ArticleMessage(1, "u123", "rev", "https://example.org/a", "Example", "T", "By X",
                LocalDate.of(2023, 3, 20), "Body text.", Instant.parse("2024-01-02T03:04:05Z"));
        assertEquals(m, ArticleCodec.fromJson(ArticleCodec.toJson(m)));
    }

    @Test
    void derivesIdAndRevisionWhenMissing() {
        ArticleMessage m = parse("{\"schemaVersion\":1,\"body\":\"Some text\",\"url\":\"https://www.Example.org/a/\"}");
        assertEquals(ArticleIds.idFor("http://example.org/a", null, "other"), m.id());
        assertEquals(ArticleIds.revisionOf(null, "Some  text"), m.revision());
    }

    @Test
    void namesEachBadField() {
        InvalidMessageException e = invalid("{\"schemaVersion\":2,\"body\":\"  \",\"published\":\"20 May\",\"url\":\"ftp:/x\",\"colour\":1}");
        String all = String.join("\n", e.problems());
        assertTrue(all.contains("schemaVersion: unsupported version 2"), all);
        assertTrue(all.contains("body: must not be blank"), all);
        assertTrue(all.contains("published: not a date"), all);
        assertTrue(all.contains("url: not an absolute http(s) URL"), all);
        assertTrue(all.contains("colour: unknown field"), all);
    }

    @Test
    void rejectsWhatIsNotJsonOrNotUtf8() {
        assertTrue(invalid("not json").getMessage().startsWith("message: malformed JSON"));
        assertEquals("message: must be a JSON object", invalid("[1]").getMessage());
        assertEquals("body: required", invalid("{\"schemaVersion\":1}").getMessage());
        assertEquals("body: must be a string", invalid("{\"schemaVersion\":1,\"body\":5}").getMessage());
        InvalidMessageException e = assertThrows(InvalidMessageException.class,
                () -> ArticleCodec.fromJson(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}));
        assertEquals("message: not valid UTF-8", e.getMessage());
    }

    @Test
    void rejectsTrailingContentAfterTheObject() {
        // found by deploy/bench/faults: a valid object followed by anything else is not one JSON message
        assertTrue(invalid("{\"schemaVersion\":1,\"body\":\"x\"} garbage").getMessage().startsWith("message: malformed JSON"));
        assertTrue(invalid("{\"schemaVersion\":1,\"body\":\"x\"}{\"schemaVersion\":1,\"body\":\"y\"}").getMessage()
                .startsWith("message: malformed JSON"));
    }

    @Test
    void rejectsOversizedBody() {
        String big = "x".repeat(ArticleMessage.MAX_BODY_CHARS + 1);
        assertTrue(invalid("{\"schemaVersion\":1,\"body\":\"" + big + "\"}").getMessage().startsWith("body: longer than"));
    }

    @Test
    void sameUrlKeepsIdAcrossRevisions() {
        assertEquals(ArticleIds.idFor("https://example.org/a", "t", "one"), ArticleIds.idFor("http://example.org/a#x", "t", "two"));
        assertNotEquals(ArticleIds.revisionOf("t", "one"), ArticleIds.revisionOf("t", "two"));
        assertEquals(ArticleIds.idFor(null, "T", "Same  text"), ArticleIds.idFor(null, "t", "same text"));
    }

    @Test
    void schemaFileListsExactlyTheRecordsFields() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/schema/article-message.schema.json")) {
            JsonNode schema = new ObjectMapper().readTree(in);
            Set<String> schemaFields = new HashSet<>();
            schema.get("properties").fieldNames().forEachRemaining(schemaFields::add);
            Set<String> recordFields = new HashSet<>();
            for (var c : ArticleMessage.class.getRecordComponents()) {
                recordFields.add(c.getName());
            }
            assertEquals(recordFields, schemaFields);
            assertEquals(ArticleMessage.SCHEMA_VERSION, schema.get("properties").get("schemaVersion").get("const").intValue());
        }
    }
}
