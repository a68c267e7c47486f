package io.newslens.analysis;

import io.agroal.api.AgroalDataSource;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ArticleConsumerTest {

    private static final String BODY = """
            Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Monday.

            "We are building a new world order," Putin told reporters after the talks.

            Xi said China wanted "objective and fair" peace talks and would keep buying Russian oil.
            """;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void storesEntitiesAndQuotesAndIgnoresAReplay() throws Exception {
        String id = "test-" + UUID.randomUUID();
        ArticleMessage m = new ArticleMessage(1, id, "r1", "https://example.org/" + id, "Example", "Xi meets Putin",
                "Maria Gonzalez", LocalDate.of(2023, 3, 20), BODY, Instant.parse("2023-03-20T10:00:00Z"));
        send(id, ArticleCodec.toJson(m));
        await(() -> count("SELECT count(*) FROM processed_message WHERE article_id = '" + id + "'") == 1);

        assertEquals(1, count("SELECT count(*) FROM article WHERE id = '" + id + "' AND published = DATE '2023-03-20'"));
        assertTrue(count("SELECT count(*) FROM article_entity ae JOIN entity e ON e.id = ae.entity_id "
                + "WHERE ae.article_id = '" + id + "' AND e.type = 'PERSON' AND e.name_key IN ('vladimir putin', 'xi jinping')") == 2,
                "both leaders are stored as people");
        assertTrue(count("SELECT count(*) FROM quote q JOIN entity e ON e.id = q.speaker_id WHERE q.article_id = '" + id
                + "' AND e.name_key = 'vladimir putin' AND q.text LIKE 'We are building%'") == 1, "Putin's quote has its speaker");
        assertTrue(count("SELECT count(*) FROM mention WHERE article_id = '" + id + "'") >= 4);
        assertEquals(1, count("SELECT count(*) FROM mention WHERE article_id = '" + id + "' AND section = 'BYLINE' "
                + "AND surface = 'Maria Gonzalez' AND start_offset = 0"), "the author line's entity is stored with its offsets");

        String before = snapshot(id);
        send(id, ArticleCodec.toJson(m));
        // a second, different article behind the replay proves the replay was consumed before we look
        String marker = "marker-" + UUID.randomUUID();
        send(marker, ArticleCodec.toJson(new ArticleMessage(1, marker, "r1", null, null, null, null, null,
                "Angela Merkel visited Paris.", Instant.now())));
        await(() -> count("SELECT count(*) FROM processed_message WHERE article_id = '" + marker + "'") == 1);
        assertEquals(before, snapshot(id), "consuming the same message again changes nothing");
    }

    @Test
    void newRevisionReplacesTheOldAnalysis() throws Exception {
        String id = "rev-" + UUID.randomUUID();
        send(id, ArticleCodec.toJson(new ArticleMessage(1, id, "r1", null, null, "First", null, null,
                "Angela Merkel spoke in Berlin.", Instant.now())));
        await(() -> count("SELECT count(*) FROM processed_message WHERE article_id = '" + id + "'") == 1);
        send(id, ArticleCodec.toJson(new ArticleMessage(1, id, "r2", null, null, "Second", null, null,
                "Emmanuel Macron spoke in Paris.", Instant.now())));
        await(() -> count("SELECT count(*) FROM article WHERE id = '" + id + "' AND revision = 'r2'") == 1);
        assertEquals(0, count("SELECT count(*) FROM mention WHERE article_id = '" + id + "' AND surface LIKE '%Merkel%'"));
        assertTrue(count("SELECT count(*) FROM mention WHERE article_id = '" + id + "' AND surface LIKE '%Macron%'") >= 1);
    }

    @Test
    void sendsMessagesThatBreakTheContractToTheDeadLetterTopic() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        send(key, "{not json".getBytes(StandardCharsets.UTF_8));
        String key2 = "poison2-" + UUID.randomUUID();
        send(key2, "{\"schemaVersion\":1,\"body\":\"\"}".getBytes(StandardCharsets.UTF_8));
        List<ConsumerRecord<String, byte[]>> dead = readDeadLetters(List.of(key, key2));
        assertEquals(2, dead.size());
        for (ConsumerRecord<String, byte[]> r : dead) {
            assertNotNull(r.headers().lastHeader("dead-letter-reason"), "the reason travels in a header");
        }
        String reason = new String(dead.stream().filter(r -> r.key().equals(key2)).findFirst().orElseThrow()
                .headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.contains("body: must not be blank"), reason);
        await(() -> count("SELECT count(*) FROM analysis_failure WHERE article_id = '" + key + "'") == 1);
    }

    private List<ConsumerRecord<String, byte[]>> readDeadLetters(List<String> keys) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrap, "group.id", "dlq-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ARTICLES_DLQ));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (found.size() < keys.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(r.key())) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    private void send(String key, byte[] value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, key, value)).get();
        }
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every stored row of the article, as text, to compare before and after a replay. */
    private String snapshot(String id) throws Exception {
        StringBuilder sb = new StringBuilder();
        String[] queries = {
                "SELECT revision, analyzed_at, analyzer_version FROM article WHERE id = ?",
                "SELECT id, entity_id, name, aliases, mention_count FROM article_entity WHERE article_id = ? ORDER BY id",
                "SELECT id, entity_id, section, start_offset, end_offset FROM mention WHERE article_id = ? ORDER BY id",
                "SELECT id, seq, text, speaker_id, cue, confidence FROM quote WHERE article_id = ? ORDER BY id",
                "SELECT processed_at FROM processed_message WHERE article_id = ?",
                "SELECT count(*) FROM entity"};
        try (Connection c = dataSource.getConnection()) {
            for (String q : queries) {
                try (var ps = c.prepareStatement(q)) {
                    if (q.contains("?")) {
                        ps.setString(1, id);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= cols; i++) {
                                sb.append(rs.getString(i)).append('|');
                            }
                            sb.append('\n');
                        }
                    }
                }
            }
        }
        assertFalse(sb.isEmpty());
        return sb.toString();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
