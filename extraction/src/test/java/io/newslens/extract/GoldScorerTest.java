package io.newslens.extract;

import io.newslens.extract.cli.Prediction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The port agrees with score.py (expected values computed with score.py itself). */
class GoldScorerTest {

    @Test
    void normalisesNamesLikeScorePy() {
        assertEquals("kremlin", GoldScorer.norm("The Kremlin"));
        assertEquals("putin", GoldScorer.norm("Putin’s"));
        assertEquals("mr xi", GoldScorer.norm("Mr. Xi"));
        assertEquals("people daily", GoldScorer.norm("People’s Daily"));
        assertEquals("us", GoldScorer.norm("U.S."));
        assertEquals("cafe muller", GoldScorer.norm("Café Müller"));
        assertEquals("st david shopping centre", GoldScorer.norm("St David's Shopping Centre"));
        assertEquals("dear friend", GoldScorer.norm("“Dear friend”"));
        assertEquals("outrage", GoldScorer.norm("OutRage!"));
        assertEquals("west", GoldScorer.norm("the  West "));
        assertEquals("", GoldScorer.norm(null));
    }

    @Test
    void splitsWordsLikeScorePy() {
        assertEquals(List.of("it", "s", "no", "limits", "he", "said", "40"),
                GoldScorer.words("It’s “no limits,” he said – 40%"));
        assertArrayEquals(new double[]{2.0 / 3, 0.5},
                GoldScorer.overlap(GoldScorer.words("a b b c"), GoldScorer.words("b c d")), 1e-9);
    }

    @Test
    void entityMatchingCountsEachGoldEntityOnce() {
        List<GoldScorer.GoldEntity> gold = List.of(
                new GoldScorer.GoldEntity("Xi Jinping", "PERSON", List.of("Xi Jinping", "Xi", "President Xi")));
        List<Prediction.Entity> pred = List.of(
                new Prediction.Entity("Xi Jinping", "PERSON", List.of("Xi Jinping")),
                new Prediction.Entity("Xi", "PERSON", List.of("Xi")));
        assertArrayEquals(new int[]{1, 1, 0}, GoldScorer.matchEntities(gold, pred, true, null));
        // typed matching needs the type to agree
        List<Prediction.Entity> wrongType = List.of(new Prediction.Entity("Xi", "LOCATION", List.of()));
        assertArrayEquals(new int[]{0, 1, 1}, GoldScorer.matchEntities(gold, wrongType, true, null));
        assertArrayEquals(new int[]{1, 0, 0}, GoldScorer.matchEntities(gold, wrongType, false, null));
    }

    @Test
    void aliasesCountOnlyWhenTheyOccurInTheText() {
        List<GoldScorer.GoldEntity> gold = List.of(new GoldScorer.GoldEntity("ICC", "ORGANIZATION", List.of("ICC")));
        List<Prediction.Entity> pred = List.of(
                new Prediction.Entity("International Criminal Court", "ORGANIZATION", List.of("ICC")));
        assertArrayEquals(new int[]{1, 0, 0}, GoldScorer.matchEntities(gold, pred, true, "the ICC said"));
        assertArrayEquals(new int[]{0, 1, 1}, GoldScorer.matchEntities(gold, pred, true, "nothing here"));
    }

    @Test
    void quotesNeedCoverPurityAndForEndToEndTheSpeaker() {
        GoldScorer.Gold gold = new GoldScorer.Gold("a.txt", null, null,
                List.of(new GoldScorer.GoldEntity("Vladimir Putin", "PERSON", List.of("Putin", "Vladimir Putin"))),
                List.of(new GoldScorer.GoldQuote("one two three four", "Vladimir Putin", false, false),
                        new GoldScorer.GoldQuote("scare", "Vladimir Putin", true, false),
                        new GoldScorer.GoldQuote("Block first sentence.", "Vladimir Putin", false, true)));
        List<Prediction.Quote> pred = List.of(
                new Prediction.Quote("one two three", "Putin", false, "said", 0.9),
                new Prediction.Quote("scare", null, false, null, 0.5),
                new Prediction.Quote("Block first sentence. And a lot more text that is not in gold at all.",
                        "Xi", true, "wrote", 0.8),
                new Prediction.Quote("unrelated words entirely", "Putin", false, "said", 0.9));
        // tp 2 (optional match counts neither way), fp 1, fn 0, 1 speaker right
        assertArrayEquals(new int[]{2, 1, 0, 1}, GoldScorer.matchQuotes(gold, pred));
    }
}
