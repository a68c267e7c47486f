package io.newslens.query.search;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

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
    void aLexemeInsideAWordIsNoMatch() {
        String body = "Biogas and subgrid. " + "Filler words here. ".repeat(40) + "The gas grid held. " + "More filler. ".repeat(40);
        String w = SnippetWindows.window(body, List.of("gas", "grid"));
        assertTrue(w.contains("The gas grid held"), w);
        assertTrue(!w.contains("Biogas"), w);
    }

    @Test
    void withoutAnyLikelyWordTheBeginning() {
        String body = "Beginning of the text. " + "z ".repeat(800);
        assertTrue(SnippetWindows.window(body, List.of("absent")).startsWith("Beginning"));
    }

    @Test
    void theWindowOpensAtTheFirstOccurrenceFollowedByTheMostDistinctLexemes() {
        // the definition, checked the slow way: every word that begins like a lexeme, and what follows it
        String[] words = {"gas", "Gasworks", "pipeline", "pipe", "x", "filler", "Grid", "grids", "tariff", "état",
                "GAS-fired", "biogas", "subgrid"};
        List<String> lexemes = List.of("gas", "pipelin", "grid", "tariff");
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0, n = 150 + random.nextInt(600); i < n; i++) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
            }
            if (round % 4 == 0) {
                // İ lower-cases to two chars: such a body takes the word-by-word pass, the others indexOf
                body.insert(random.nextInt(body.length()), " İzmir ");
            }
            String text = body.toString();
            int expected = -1;
            int most = 0;
            List<int[]> hits = new ArrayList<>();
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                    for (int l = 0; l < lexemes.size(); l++) {
                        if (text.regionMatches(true, i, lexemes.get(l), 0, lexemes.get(l).length())) {
                            hits.add(new int[] {i, l});
                            break;
                        }
                    }
                }
            }
            for (int[] hit : hits) {
                Set<Integer> ahead = new HashSet<>();
                hits.stream().filter(h -> h[0] >= hit[0] && h[0] < hit[0] + SnippetWindows.WINDOW - SnippetWindows.BEFORE).forEach(h -> ahead.add(h[1]));
                if (ahead.size() > most) {
                    most = ahead.size();
                    expected = hit[0];
                }
            }
            String window = SnippetWindows.window(text, lexemes);
            if (text.length() <= SnippetWindows.WINDOW) {
                assertEquals(text, window);
            } else {
                int start = expected < 0 ? 0 : Math.max(0, expected - SnippetWindows.BEFORE);
                while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    start--;
                }
                assertTrue(window.equals(text.substring(start, start + window.length())), "round " + round);
            }
        }
    }
}
