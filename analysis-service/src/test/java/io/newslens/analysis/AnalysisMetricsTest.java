package io.newslens.analysis;

import io.agroal.api.AgroalDataSource;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.newslens.testsupport.PrometheusScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /q/metrics} shows analysis time (engine alone, and with storage), entities and quotes per article, dead
 * letters by reason, the consumer's lag per partition, its readiness, and re-analysis progress.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class AnalysisMetricsTest {

    private static final String BODY = """
            Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.

            "We are building a new world order," Putin told reporters after the talks.
            """;

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void measuresEachStoredArticleAndCountsDeadLettersByReason() throws Exception {
        // records of earlier tests (a re-analysis, say) still being consumed would count too: start from a quiet consumer
        PrometheusScrape before = awaitQuiet();
        String id = "metered-" + UUID.randomUUID();
        String poison = "poison-" + UUID.randomUUID();
        send(id, ArticleCodec.toJson(new ArticleMessage(1, id, "r1", null, null, "Xi meets Putin", null, null, BODY, Instant.now())));
        send(poison, "{not json".getBytes(StandardCharsets.UTF_8));
        await(() -> count("SELECT count(*) FROM processed_message WHERE article_id = '" + id + "'") == 1
                && count("SELECT count(*) FROM analysis_failure WHERE article_id = '" + poison + "'") == 1);
        long entities = count("SELECT count(*) FROM article_entity WHERE article_id = '" + id + "'");
        long quotes = count("SELECT count(*) FROM quote WHERE article_id = '" + id + "'");
        assertTrue(entities >= 2 && quotes >= 1, "the article has entities and a quote to count");

        // the counters move just after the commits the test saw; the Kafka client's partition metrics are bound by
        // Micrometer when it next looks for new ones (every 60 s)
        PrometheusScrape after = awaitScrape(s -> delta(before, s, "newslens_analysis_dead_letters_total", "reason", "invalid_message") >= 1
                && delta(before, s, "newslens_analysis_articles_total", "result", "stored") >= 1
                && !partitionLags(s).isEmpty());
        assertEquals(1, delta(before, after, "newslens_analysis_engine_seconds_count"), "the engine's time, once");
        assertEquals(1, delta(before, after, "newslens_analysis_article_seconds_count"), "analysis with storage, once");
        assertTrue(after.value("newslens_analysis_article_seconds_sum") - before.value("newslens_analysis_article_seconds_sum")
                >= after.value("newslens_analysis_engine_seconds_sum") - before.value("newslens_analysis_engine_seconds_sum"),
                "analysis with storage takes at least as long as the engine alone");
        assertFalse(after.samples("newslens_analysis_engine_seconds_bucket").isEmpty(), "a histogram, with buckets");
        assertFalse(after.samples("newslens_analysis_article_seconds_bucket").isEmpty(), "a histogram, with buckets");
        assertEquals(1, delta(before, after, "newslens_analysis_articles_total", "result", "stored"));
        assertEquals(entities, after.value("newslens_analysis_entities_sum") - before.value("newslens_analysis_entities_sum"));
        assertEquals(quotes, after.value("newslens_analysis_quotes_sum") - before.value("newslens_analysis_quotes_sum"));
        assertFalse(after.samples("newslens_analysis_quotes_bucket").isEmpty());
        assertEquals(1, delta(before, after, "newslens_analysis_dead_letters_total", "reason", "invalid_message"));
        for (String reason : List.of("analysis_failed", "storing_failed", "unexpected_error")) {
            assertEquals(0, delta(before, after, "newslens_analysis_dead_letters_total", "reason", reason), reason);
        }
        assertEquals(0, after.value("newslens_analysis_database_waiting"));
        assertEquals(1, after.value("newslens_analysis_consumer_ready"));
        // the Kafka consumer's own metrics, bound by Micrometer: lag per partition of the articles topic
        assertFalse(partitionLags(after).isEmpty(), "records lag per partition: " + after.samples("kafka_consumer_fetch_manager_records_lag"));
        for (String name : List.of("newslens_reanalysis_jobs_running", "newslens_reanalysis_articles_remaining",
                "newslens_reanalysis_articles_published_total", "agroal_active_count")) {
            assertTrue(after.names().contains(name), name + " in " + after.names());
        }
    }

    /** A scrape taken once nothing is in flight or waiting on the topic, twice in a row half a second apart. */
    private PrometheusScrape awaitQuiet() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        int quiet = 0;
        while (true) {
            PrometheusScrape s = PrometheusScrape.of(metrics.toString());
            boolean idle = s.value("newslens_analysis_records_in_flight") == 0
                    && s.sum("kafka_consumer_fetch_manager_records_lag", "topic", Topics.ARTICLES) == 0;
            quiet = idle ? quiet + 1 : 0;
            if (quiet == 2) {
                return s;
            }
            assertTrue(System.currentTimeMillis() < deadline, "the consumer did not become idle within 120 s");
            Thread.sleep(500);
        }
    }

    private static List<PrometheusScrape.Sample> partitionLags(PrometheusScrape s) {
        return s.samples("kafka_consumer_fetch_manager_records_lag").stream()
                .filter(x -> Topics.ARTICLES.equals(x.labels().get("topic")) && x.labels().containsKey("partition")).toList();
    }

    private PrometheusScrape awaitScrape(java.util.function.Predicate<PrometheusScrape> ready) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            PrometheusScrape s = PrometheusScrape.of(metrics.toString());
            if (ready.test(s) || System.currentTimeMillis() > deadline) {
                return s;
            }
            Thread.sleep(200);
        }
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }

    private void send(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, key, value)).get();
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void await(Check check) throws Exception {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!check.ok()) {
            assertTrue(System.currentTimeMillis() < deadline, "not done within 90 s");
            Thread.sleep(100);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean ok() throws Exception;
    }
}
