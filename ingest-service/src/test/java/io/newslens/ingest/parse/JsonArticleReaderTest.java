package io.newslens.ingest.parse;

import io.newslens.common.problem.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonArticleReaderTest {

    private static List<String> fields(String json) {
        return assertThrows(InvalidArticleException.class, () -> JsonArticleReader.read(json)).problems().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void readsAllFieldsAndTrimsShortOnes() {
        ArticleDraft d = JsonArticleReader.read("""
                {"url":" https://example.com/a ","source":"Ex","title":"  T  ","byline":"","published":"2024-02-29","body":"B"}""");
        assertEquals("https://example.com/a", d.url());
        assertEquals("T", d.title());
        assertNull(d.byline(), "blank becomes absent");
        assertEquals(LocalDate.of(2024, 2, 29), d.published());
        assertEquals("B", d.body());
    }

    @Test
    void dateTimesGiveTheirDate() {
        assertEquals(LocalDate.of(2024, 5, 17), JsonArticleReader.read("{\"body\":\"x\",\"published\":\"2024-05-17T23:30:00-05:00\"}").published());
    }

    @Test
    void namesEveryBadField() {
        assertEquals(java.util.Set.of("id", "url", "title", "published"),
                java.util.Set.copyOf(fields("{\"id\":\"x\",\"url\":\"example.com\",\"title\":[],\"published\":\"17/05/2024\",\"body\":\"b\"}")));
        assertEquals(List.of("body"), fields("{}"));
        assertEquals(List.of("body"), fields("{\"body\":\"\"}"));
        assertEquals(List.of("title"), fields("{\"body\":\"b\",\"title\":\"" + "t".repeat(2001) + "\"}"));
        assertEquals(List.of("source"), fields("{\"body\":\"b\",\"source\":\"a\\u0000b\"}"));
    }

    @Test
    void malformedJsonIsARequestProblem() {
        assertEquals(List.of("request"), fields("{"));
        assertEquals(List.of("request"), fields(""));
        assertEquals(List.of("request"), fields("42"));
        assertEquals(List.of("request"), fields("{\"body\":\"a\"}x"));
    }

    @Test
    void strictUtf8() {
        assertEquals("é", Utf8.decode(new byte[] {(byte) 0xC3, (byte) 0xA9}, "f"));
        assertEquals("a", Utf8.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a'}, "f"), "BOM dropped");
        InvalidArticleException e = assertThrows(InvalidArticleException.class, () -> Utf8.decode(new byte[] {'a', (byte) 0xC3, '(', 'b'}, "f"));
        assertEquals("f", e.problems().get(0).field());
    }
}
