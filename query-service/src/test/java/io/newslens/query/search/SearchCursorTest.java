package io.newslens.query.search;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.quotes.QuoteCursor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Cursors are records that encode and decode themselves, in the wire form the API has always handed out (so that a
 * client's cursor from before still pages on), and refuse anything else as a 400 naming {@code cursor}.
 */
class SearchCursorTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 2);

    @Test
    void theWireFormIsTheOneHandedOutBefore() {
        assertEquals(wire("[\"r\",1,\"0.0607927\",\"2024-01-02\",\"a1\"]"),
                new SearchCursor.ByRelevance(Tier.LEAD, 0.0607927f, DAY, "a1").encode());
        assertEquals(wire("[\"r\",2,\"0.0\",\"2024-01-02\",\"z9\"]"), new SearchCursor.ByRelevance(Tier.BODY, 0f, DAY, "z9").encode());
        assertEquals(wire("[\"d\",\"2024-01-02\",\"a1\"]"), new SearchCursor.ByDate(DAY, "a1").encode());
        assertEquals(wire("[\"q\",\"2024-01-02\",\"17\"]"), new QuoteCursor(DAY, 17).encode());
        // and what was handed out before decodes to the same key
        assertEquals(new SearchCursor.ByRelevance(Tier.LEAD, 0.0607927f, DAY, "a1"),
                SearchCursor.decode(wire("[\"r\",1,\"0.0607927\",\"2024-01-02\",\"a1\"]"), SortOrder.RELEVANCE));
        assertEquals(new QuoteCursor(DAY, 17), QuoteCursor.decode(wire("[\"q\",\"2024-01-02\",\"17\"]")));
    }

    @Test
    void everyCursorRoundTrips() {
        for (SearchCursor cursor : List.of(new SearchCursor.ByRelevance(Tier.LEAD, 0.3333333f, DAY, "id|with\"odd,chars"),
                new SearchCursor.ByRelevance(Tier.BODY, 0f, DAY.minusYears(30), "b"), new SearchCursor.ByDate(DAY, "é-1"))) {
            assertEquals(cursor, SearchCursor.decode(cursor.encode(), cursor.order()));
        }
        assertEquals(new QuoteCursor(DAY, Long.MAX_VALUE), QuoteCursor.decode(new QuoteCursor(DAY, Long.MAX_VALUE).encode()));
        assertNull(SearchCursor.decode(null, SortOrder.DATE));
        assertNull(SearchCursor.decode(" ", SortOrder.RELEVANCE));
        assertNull(QuoteCursor.decode(""));
    }

    @Test
    void aMalformedOrForeignCursorIsRefusedNamingTheCursor() {
        String date = new SearchCursor.ByDate(DAY, "a1").encode();
        String relevance = new SearchCursor.ByRelevance(Tier.LEAD, 0.5f, DAY, "a1").encode();
        String quote = new QuoteCursor(DAY, 3).encode();
        refused(() -> SearchCursor.decode(date, SortOrder.RELEVANCE));
        refused(() -> SearchCursor.decode(relevance, SortOrder.DATE));
        refused(() -> SearchCursor.decode(quote, SortOrder.DATE));
        refused(() -> QuoteCursor.decode(date));
        for (String forged : List.of("[\"r\",3,\"0.5\",\"2024-01-02\",\"a1\"]", "[\"r\",1.5,\"0.5\",\"2024-01-02\",\"a1\"]",
                "[\"r\",1,\"half\",\"2024-01-02\",\"a1\"]", "[\"r\",1,\"0.5\",\"2024-02-30\",\"a1\"]",
                "[\"r\",1,\"0.5\",\"2024-01-02\",null]", "[\"r\",1,null,\"2024-01-02\",\"a1\"]", "[\"r\",1,\"0.5\",\"2024-01-02\"]")) {
            refused(() -> SearchCursor.decode(wire(forged), SortOrder.RELEVANCE));
        }
        for (String forged : List.of("[\"d\",\"yesterday\",\"a1\"]", "[\"d\",\"2024-01-02\",null]", "[\"d\",null,\"a1\"]",
                "[\"d\",\"2024-01-02\",\"a1\",\"x\"]", "{\"d\":1}", "[]")) {
            refused(() -> SearchCursor.decode(wire(forged), SortOrder.DATE));
        }
        for (String forged : List.of("[\"q\",\"2024-01-02\",\"seventeen\"]", "[\"q\",\"2024-01-02\",null]")) {
            refused(() -> QuoteCursor.decode(wire(forged)));
        }
        refused(() -> SearchCursor.decode("%%%", SortOrder.DATE));
        refused(() -> SearchCursor.decode(date.substring(0, date.length() - 3), SortOrder.DATE));
    }

    private static void refused(org.junit.jupiter.api.function.Executable decode) {
        BadParameterException e = assertThrows(BadParameterException.class, decode);
        assertEquals("cursor", e.errors().get(0).field());
    }

    private static String wire(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
