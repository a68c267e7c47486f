package io.newslens.ingest.batch;

import io.newslens.ingest.parse.InvalidArticleException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BatchReadersTest {

    private static List<BatchItem> lines(String s) {
        return BatchReaders.ndjson(null, s.getBytes(StandardCharsets.UTF_8), 100);
    }

    @Test
    void oneItemPerLineTrailingNewlineIgnored() {
        List<BatchItem> items = lines("{\"body\":\"a\"}\r\n\n{\"body\":\"b\"}\n");
        assertEquals(List.of(1, 2, 3), items.stream().map(BatchItem::line).toList());
        assertEquals("a", items.get(0).reader().get().body());
        assertThrows(InvalidArticleException.class, () -> items.get(1).reader().get(), "empty line is reported");
        assertEquals("b", items.get(2).reader().get().body());
        assertEquals(1, lines("{\"body\":\"no newline\"}").size());
    }

    @Test
    void overlongLineIsRejectedAlone() {
        List<BatchItem> items = lines("{\"body\":\"" + "x".repeat(200) + "\"}\n{\"body\":\"ok\"}");
        assertEquals("line", assertThrows(InvalidArticleException.class, () -> items.get(0).reader().get()).problems().get(0).field());
        assertEquals("ok", items.get(1).reader().get().body());
    }

    @Test
    void fileKindByExtensionThenContentType() {
        assertEquals("ndjson", BatchReaders.kind("a.NDJSON", null));
        assertEquals("json", BatchReaders.kind("a.json", "text/plain"));
        assertEquals("html", BatchReaders.kind("a.htm", null));
        assertEquals("text", BatchReaders.kind("noext", "text/plain; charset=utf-8"));
        assertEquals("unknown", BatchReaders.kind("a.pdf", "application/pdf"));
    }
}
