package io.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.extract.cli.Prediction;
import io.newslens.page.ParsedPage;
import io.newslens.page.RawTextParser;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scores parser + engine on the gold development sets (seeds and bbc copied from ../shared/eval; written; news and
 * its check quarter, whole and their first batch apart) with a port of score.py, and holds the figures above floors
 * set just under what the engine reaches, so that quality can only go up.
 */
class EvalRegressionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seedsStayAboveTheirFloors() throws Exception {
        Map<String, Double> r = score("seeds");
        assertEquals(5.0, r.get("articles"));
        atLeast(r, "entity_f1", 0.97);
        atLeast(r, "quote_f1", 0.98);
        atLeast(r, "quote_e2e_f1", 0.955);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 1.0);
    }

    @Test
    void bbcStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("bbc");
        assertEquals(10.0, r.get("articles"));
        atLeast(r, "entity_f1", 0.97);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.99);
        atLeast(r, "title_acc", 1.0);
    }

    @Test
    void writtenSetStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("written");
        assertEquals(10.0, r.get("articles"));
        atLeast(r, "entity_f1", 0.95);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.99);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 1.0);
    }

    @Test
    void newsSetStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", EvalRegressionTest::firstTwoBatches);
        assertEquals(50.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS);
        atLeast(r, "quote_f1", 0.98);
        atLeast(r, "quote_e2e_f1", 0.98);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.94);
    }

    /** The news set's first batch (news01-news42 less its check quarter), held to the floors it had alone. */
    @Test
    void newsSetsFirstBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", EvalRegressionTest::firstBatch);
        assertEquals(32.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_FIRST);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.97);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 1.0);
    }

    /**
     * The check quarter of the news set: stories set aside before any rule was written from the others, read for
     * their scores only. A floor here says what carried to unseen outlets, not a target to tune to.
     */
    @Test
    void newsCheckQuarterStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", EvalRegressionTest::firstTwoBatches);
        assertEquals(16.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK);
        atLeast(r, "quote_f1", 0.95);
        atLeast(r, "quote_e2e_f1", 0.83);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.85);
    }

    /** The check quarter's first ten stories, held to the floors they had alone. */
    @Test
    void newsCheckQuartersFirstBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", EvalRegressionTest::firstBatch);
        assertEquals(10.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK_FIRST);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.99);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.74); // one of four stated dates is in a form the parser does not read
    }

    /**
     * The news set's third batch (news67-news91, SOURCES.md), its development part: annotated by others before the
     * engine ran on it; rules 0.18 scored 0.827 on it unseen.
     */
    @Test
    void newsSetsThirdBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", f -> batch(f) == 3);
        assertEquals(19.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_THIRD);
        atLeast(r, "quote_f1", 0.98);
        atLeast(r, "quote_e2e_f1", 0.94);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.85);
    }

    /** The third batch's check quarter (news68, 72, 76, 80, 84, 88): scores read, mistakes never. */
    @Test
    void newsCheckQuartersThirdBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", f -> batch(f) == 3);
        assertEquals(6.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK_THIRD);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.94);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.99);
    }

    /**
     * The news set's fourth batch (news92-news116), its development part: annotated by others before the engine ran
     * on it; rules 0.18 scored 0.807 on it unseen, and 0.19, written from the third batch, 0.809.
     */
    @Test
    void newsSetsFourthBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", f -> batch(f) == 4);
        assertEquals(18.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_FOURTH);
        atLeast(r, "quote_f1", 0.97);
        atLeast(r, "quote_e2e_f1", 0.93);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.87);
    }

    /** The fourth batch's check quarter (news92, 96, 100, 104, 108, 112, 116): scores read, mistakes never. */
    @Test
    void newsCheckQuartersFourthBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", f -> batch(f) == 4);
        assertEquals(7.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK_FOURTH);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.96);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.99);
    }

    /**
     * The news set's fifth batch (news117-news141), its development part: annotated by others before the engine ran
     * on it; unseen, rules 0.18 scored 0.782 on it and the rules written from the third and fourth batches 0.785.
     */
    @Test
    void newsSetsFifthBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", f -> batch(f) == 5);
        assertEquals(19.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_FIFTH);
        atLeast(r, "quote_f1", 0.94);
        atLeast(r, "quote_e2e_f1", 0.86);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.99);
    }

    /** The fifth batch's check quarter (news120, 124, 128, 132, 136, 140): scores read, mistakes never. */
    @Test
    void newsCheckQuartersFifthBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", f -> batch(f) == 5);
        assertEquals(6.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK_FIFTH);
        atLeast(r, "quote_f1", 0.93);
        atLeast(r, "quote_e2e_f1", 0.87);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.99);
    }

    /**
     * The news set's sixth batch (news142-news166), its development part: annotated by others before the engine ran
     * on it; unseen, rules 0.18 scored 0.841 on it and the rules written from the third to fifth batches 0.843.
     */
    @Test
    void newsSetsSixthBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", f -> batch(f) == 6);
        assertEquals(19.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_SIXTH);
        atLeast(r, "quote_f1", 0.96); // a quote addressed to the man it was credited to is now left uncredited
        atLeast(r, "quote_e2e_f1", 0.94);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.99);
    }

    /** The sixth batch's check quarter (news144, 148, 152, 156, 160, 164): scores read, mistakes never. */
    @Test
    void newsCheckQuartersSixthBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", f -> batch(f) == 6);
        assertEquals(6.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK_SIXTH);
        atLeast(r, "quote_f1", 0.96);
        atLeast(r, "quote_e2e_f1", 0.91);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.99);
    }

    /**
     * The news set's seventh batch (news167-news191), its development part: annotated by others before the engine ran
     * on it; unseen, rules 0.18 scored 0.896 on it and rules 0.19 0.909.
     */
    @Test
    void newsSetsSeventhBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news", f -> batch(f) == 7);
        assertEquals(19.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_SEVENTH);
        atLeast(r, "quote_f1", 0.97);
        atLeast(r, "quote_e2e_f1", 0.89);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.88);
    }

    /** The seventh batch's check quarter (news168, 172, 176, 180, 184, 188): scores read, mistakes never. */
    @Test
    void newsCheckQuartersSeventhBatchStaysAboveItsFloors() throws Exception {
        Map<String, Double> r = score("news-check", f -> batch(f) == 7);
        assertEquals(6.0, r.get("articles"));
        atLeast(r, "entity_f1", ENTITY_NEWS_CHECK_SEVENTH);
        atLeast(r, "quote_f1", 0.99);
        atLeast(r, "quote_e2e_f1", 0.94);
        atLeast(r, "title_acc", 1.0);
        atLeast(r, "published_acc", 0.33);
    }

    private static final double ENTITY_NEWS_SEVENTH = 0.90;
    private static final double ENTITY_NEWS_CHECK_SEVENTH = 0.84;
    private static final double ENTITY_NEWS_SIXTH = 0.84;
    private static final double ENTITY_NEWS_CHECK_SIXTH = 0.75;
    private static final double ENTITY_NEWS_FIFTH = 0.82;
    private static final double ENTITY_NEWS_CHECK_FIFTH = 0.92;
    private static final double ENTITY_NEWS_FOURTH = 0.85;
    private static final double ENTITY_NEWS_CHECK_FOURTH = 0.80;
    private static final double ENTITY_NEWS = 0.91;
    private static final double ENTITY_NEWS_THIRD = 0.89;
    private static final double ENTITY_NEWS_CHECK_THIRD = 0.83;
    private static final double ENTITY_NEWS_FIRST = 0.90;
    private static final double ENTITY_NEWS_CHECK = 0.82;
    private static final double ENTITY_NEWS_CHECK_FIRST = 0.84;

    /** The first batch of the news set: news01 to news42 (SOURCES.md). */
    private static boolean firstBatch(String file) {
        return Integer.parseInt(file.replaceAll("\\D", "")) <= 42;
    }

    /** The first two batches of the news set: news01 to news66. */
    private static boolean firstTwoBatches(String file) {
        return batch(file) <= 2;
    }

    /** A news story's batch (SOURCES.md): 1 to news42, 2 to news66, then 25 stories a batch up to 7 (news167-191). */
    private static int batch(String file) {
        int n = Integer.parseInt(file.replaceAll("\\D", ""));
        return n <= 42 ? 1 : n <= 66 ? 2 : n <= 91 ? 3 : n <= 116 ? 4 : n <= 141 ? 5 : n <= 166 ? 6 : 7;
    }

    private static void atLeast(Map<String, Double> r, String key, double floor) {
        assertTrue(r.get(key) >= floor, key + " = " + r.get(key) + " fell below its floor " + floor + "; all: " + r);
    }

    static Map<String, Double> score(String set) throws Exception {
        return score(set, f -> true);
    }

    /** Scores the articles of {@code set} whose file name {@code keep} accepts. */
    static Map<String, Double> score(String set, java.util.function.Predicate<String> keep) throws Exception {
        Path root = resource("/eval/" + set);
        ExtractionEngine engine = TestEngine.get();
        GoldScorer.Totals totals = new GoldScorer.Totals();
        List<Path> golds;
        try (Stream<Path> s = Files.list(root.resolve("gold"))) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path gp : golds) {
            GoldScorer.Gold gold = readGold(gp);
            if (!keep.test(gold.file())) {
                continue;
            }
            String raw = Files.readString(root.resolve("articles").resolve(gold.file()), StandardCharsets.UTF_8);
            ParsedPage page = RawTextParser.parse(raw);
            Prediction p = Prediction.of(gold.file(), page, engine.analyze(page.title(), page.byline(), page.body()));
            totals.add(gold, p, raw);
        }
        Map<String, Double> r = new java.util.HashMap<>(totals.result());
        r.put("articles", (double) totals.articles);
        System.out.println(set + ": " + new java.util.TreeMap<>(r));
        return r;
    }

    static GoldScorer.Gold readGold(Path file) throws Exception {
        JsonNode n = JSON.readTree(file.toFile());
        List<GoldScorer.GoldEntity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            entities.add(new GoldScorer.GoldEntity(e.path("name").asText(), e.path("type").asText(), aliases));
        }
        List<GoldScorer.GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            quotes.add(new GoldScorer.GoldQuote(q.path("text").asText(), q.path("speaker").isNull() ? null
                    : q.path("speaker").asText(null), q.path("optional").asBoolean(false), q.path("block").asBoolean(false)));
        }
        return new GoldScorer.Gold(n.path("file").asText(), text(n.get("title")), text(n.get("published")),
                entities, quotes);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(EvalRegressionTest.class.getResource(name).toURI());
    }
}
