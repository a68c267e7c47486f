package io.newslens.query.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetWindowsTest {

    @Test
    void positiveLexemesOfATsquery() {
        assertEquals(List.of("gas"), SnippetWindows.lexemes("'gas' & !'pipelin'"));
        assertEquals(List.of("western", "telecom", "allianc"), SnippetWindows.lexemes("'western' <-> 'telecom' <-> 'allianc'"));
        assertEquals(List.of("o'brien"), SnippetWindows.lexemes("'o''brien'"));
        assertEquals(List.of("part"), SnippetWindows.lexemes("'parti'"), "party and parties share 'part'");
        assertEquals(List.of(), SnippetWindows.lexemes(""));
    }

    @Test
    void shortBodiesAreTakenWhole() {
        assertEquals("A short body.", SnippetWindows.window("A short body.", List.of("short")));
    }

    @Test
    void theWindowHoldsTheMatchAndStartsOnAWord() {
        String body = "filler words here. ".repeat(100) + "The troops crossed the border. " + "more filler text. ".repeat(100);
        String w = SnippetWindows.window(body, List.of("troop"));
        assertTrue(w.contains("The troops crossed"), w);
        assertTrue(w.length() <= SnippetWindows.WINDOW + 20, "length " + w.length());
        assertTrue(w.startsWith("filler") || w.startsWith("words") || w.startsWith("here") || w.startsWith(" "), w);
    }

    @Test
    void aPhraseIsFoundWholeRatherThanItsFirstWordAlone() {
        String body = "Western winds blew. " + "x ".repeat(600) + "He met the Western Telecom Alliance today. " + "y ".repeat(600);
        String w = SnippetWindows.window(body, List.of("western", "telecom", "allianc"));
        assertTrue(w.contains("Western Telecom Alliance"), w);
    }

    @Test
    void withoutAnyLikelyWordTheBeginning() {
        String body = "Beginning of the text. " + "z ".repeat(800);
        assertTrue(SnippetWindows.window(body, List.of("absent")).startsWith("Beginning"));
    }
}
