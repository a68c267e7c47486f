package io.newslens.query.api;

import io.newslens.query.search.Snippets;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ParsingTest {

    @Test
    void cursorsRoundTripAndRejectTampering() {
        String c = Cursor.encode("d", "2024-01-02", "id|with\"odd,chars");
        assertEquals(List.of("2024-01-02", "id|with\"odd,chars"), Cursor.decode(c, "d", 2));
        assertNull(Cursor.decode(null, "d", 2));
        assertNull(Cursor.decode(" ", "d", 2));
        assertEquals("cursor", assertThrows(BadParameterException.class, () -> Cursor.decode(c, "r", 2)).errors().get(0).field());
        assertThrows(BadParameterException.class, () -> Cursor.decode(c, "d", 3));
        assertThrows(BadParameterException.class, () -> Cursor.decode("%%%", "d", 2));
        assertThrows(BadParameterException.class, () -> Cursor.decode(c.substring(0, c.length() - 3), "d", 2));
        assertThrows(BadParameterException.class, () -> Cursor.decode("eyJhIjoxfQ", "d", 2)); // {"a":1}
    }

    @Test
    void datesAreStrictIsoDays() {
        assertEquals(LocalDate.of(2024, 2, 29), Params.date("from", "2024-02-29"));
        for (String bad : List.of("2023-02-29", "2024-2-1", "01/02/2024", "2024-01-01T00:00", "tomorrow", "99999-01-01")) {
            BadParameterException e = assertThrows(BadParameterException.class, () -> Params.date("from", bad), bad);
            assertEquals("from", e.errors().get(0).field());
        }
        assertEquals("must be between 1800-01-01 and 2200-12-31",
                assertThrows(BadParameterException.class, () -> Params.date("to", "0001-01-01")).errors().get(0).message());
        assertNull(Params.date("from", ""));
    }

    @Test
    void snippetsAreSafeHtml() {
        assertEquals("a &lt;b&gt; &amp; <mark>c</mark> &quot;d&quot;",
                Snippets.toHtml("a <b> & " + Snippets.START + "c" + Snippets.STOP + " \"d\"\n"));
    }

    @Test
    void snippetsRunWhitespaceTogether() {
        assertEquals("one two <mark>three</mark> four", Snippets.toHtml("\n  one \r\n two  " + Snippets.START + "three"
                + Snippets.STOP + "\n\n\nfour \n "));
        assertEquals("", Snippets.toHtml(" \n "));
        assertNull(Snippets.toHtml(null));
    }
}
