package io.newslens.analysis.consume;

import io.newslens.testsupport.ProxiedPostgresTestResource;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away while both worker threads hold records, for longer than one backoff and longer than
 * {@code max.poll.interval.ms}: nothing may reach the dead-letter topic, every article is stored exactly once,
 * readiness is DOWN during the cut (naming the reason) and UP after, and the consumer never leaves its group.
 * Repeated, because a pass by timing is not a pass.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Profile.class)
class DatabaseOutageTest {

    private static final int ARTICLES = 200;
    private static final Duration CUT = Duration.ofSeconds(8);

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    // shorter than the cut: a consumer whose poll loop stalled for the outage would leave its group
                    "mp.messaging.incoming.articles.max.poll.interval.ms", "5000",
                    "newslens.analysis.store-retry.initial-backoff", "PT0.2S",
                    "newslens.analysis.store-retry.max-backoff", "PT1S",
                    // pool acquisition timeouts (Agroal's SQLException without a state) happen during the cut too
                    "quarkus.datasource.jdbc.acquisition-timeout", "PT2S",
                    "quarkus.datasource.jdbc.login-timeout", "PT1S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class),
                    new TestResourceEntry(ProxiedPostgresTestResource.class));
        }
    }

    @Inject
    ArticleConsumer consumer;

    @Inject
    DatabaseWait wait;

    @Inject
    DatabaseRetry retry;

    @Inject
    @io.smallrye.common.annotation.Identifier("articles-rebalance")
    RebalanceLog rebalances;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "newslens.test.direct-jdbc-url")
    String directJdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    java.util.Optional<String> password;

    @BeforeAll
    static void restAssured() {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** Where the outage begins: mid-stream, with both workers busy; or before the articles arrive. */
    enum Start { MID_STREAM, BEFORE_THE_ARTICLES }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> rounds() {
        return java.util.stream.Stream.of(Start.values()).flatMap(start -> java.util.stream.IntStream.rangeClosed(1, 3)
                .mapToObj(round -> org.junit.jupiter.params.provider.Arguments.of(start, round)));
    }

    /**
     * Mid-stream, the cut finds the workers wherever they are (analysing, storing, between records). Before the
     * articles, it finds them idle: every record then meets the database away at its first step, the dedupe check,
     * and both workers hold one while they wait.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "outage {0}, round {1}")
    @org.junit.jupiter.params.provider.MethodSource("rounds")
    void anOutageWhileBothWorkersHoldRecordsLosesNothing(Start start, int roundNumber) throws Exception {
        TcpProxy proxy = ProxiedPostgresTestResource.proxy();
        await("ready before the round", Duration.ofSeconds(60), () -> readiness().statusCode() == 200);
        await("workers idle before the round", Duration.ofSeconds(120), () -> consumer.inFlight() == 0);
        long revocationsBefore = rebalances.revocations();
        double failuresBefore = retry.transientFailures();
        String round = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        Instant cutAt;
        try {
            if (start == Start.BEFORE_THE_ARTICLES) {
                proxy.cut();
                cutAt = Instant.now();
                produce(round);
            } else {
                produce(round);
                // both workers busy with records of this round, and some already stored: the cut lands mid-stream
                await("both workers hold records", Duration.ofSeconds(120),
                        () -> consumer.inFlight() == 2 && stored(round) >= 10);
                assertTrue(stored(round) < ARTICLES, "the cut must come before the round is stored");
                proxy.cut();
                cutAt = Instant.now();
            }
            boolean sawDown = false;
            String downBody = "";
            boolean bothWaiting = false;
            while (Duration.between(cutAt, Instant.now()).compareTo(CUT) < 0) {
                Response r = readiness();
                if (r.statusCode() == 503 && r.asString().contains("waiting for the database since")) {
                    sawDown = true;
                    downBody = r.asString();
                }
                bothWaiting |= wait.threadsWaiting() == 2;
                Thread.sleep(200);
            }
            assertTrue(sawDown, "readiness reports DOWN, with the reason, while the database is away");
            assertTrue(downBody.contains("article consumer"), downBody);
            assertTrue(bothWaiting, "both workers waited for the database with a record in hand");
            assertTrue(retry.transientFailures() > failuresBefore, "the cut was seen as transient failures");
        } finally {
            proxy.restore();
        }

        await("every article stored after the database came back", Duration.ofSeconds(180),
                () -> stored(round) == ARTICLES);
        await("ready again", Duration.ofSeconds(60), () -> readiness().statusCode() == 200);

        assertEquals(ARTICLES, count("SELECT count(*) FROM processed_message WHERE article_id LIKE ?", round + "-%"),
                "one dedupe row per article");
        assertEquals(ARTICLES, count("SELECT count(DISTINCT id) FROM article WHERE id LIKE ?", round + "-%"));
        assertEquals(0, count("""
                SELECT count(*) FROM (SELECT 1 FROM mention WHERE article_id LIKE ?
                GROUP BY article_id, section, start_offset HAVING count(*) > 1) d""", round + "-%"), "no doubled mention");
        assertEquals(0, count("""
                SELECT count(*) FROM (SELECT 1 FROM quote WHERE article_id LIKE ?
                GROUP BY article_id, start_offset HAVING count(*) > 1) d""", round + "-%"), "no doubled quote");
        assertEquals(0, count("SELECT count(*) FROM analysis_failure WHERE article_id LIKE ?", round + "-%"),
                "no article recorded as failed");
        Set<String> dead = deadLetterKeys();
        assertTrue(dead.stream().noneMatch(k -> k != null && k.startsWith(round)),
                "no good article in the dead-letter topic: " + dead);
        assertEquals(revocationsBefore, rebalances.revocations(),
                "the consumer stayed in its group through an outage longer than max.poll.interval.ms");
    }

    private void produce(String round) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < ARTICLES; i++) {
                String id = round + "-" + i;
                producer.send(new ProducerRecord<>(Topics.ARTICLES, id, ArticleCodec.toJson(article(id, i))));
            }
            producer.flush();
        }
    }

    /** Two copies of one revision, and two revisions of one article, handled at once: stored once, with no retry. */
    @Test
    void twinsAreStoredOnceWithoutAConstraintViolation() throws Exception {
        await("ready", Duration.ofSeconds(60), () -> readiness().statusCode() == 200);
        await("no transient failure left over", Duration.ofSeconds(60), () -> wait.threadsWaiting() == 0);
        double failuresBefore = retry.transientFailures();
        String round = "twins-" + UUID.randomUUID().toString().substring(0, 8);
        int pairs = 30;
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < pairs; i++) {
                String id = round + "-" + i;
                byte[] json = ArticleCodec.toJson(article(id, i));
                // adjacent offsets of one partition: the two workers take them at the same moment
                producer.send(new ProducerRecord<>(Topics.ARTICLES, id, json));
                producer.send(new ProducerRecord<>(Topics.ARTICLES, id, json));
            }
            producer.flush();
        }
        await("every twin stored", Duration.ofSeconds(120), () -> stored(round) == pairs);
        // the last copies may still be on their way to the dedupe check: wait until the workers are idle
        await("workers idle", Duration.ofSeconds(60), () -> consumer.inFlight() == 0);
        assertEquals(pairs, count("SELECT count(*) FROM processed_message WHERE article_id LIKE ?", round + "-%"));
        assertEquals(0.0, retry.transientFailures() - failuresBefore,
                "two writers of one article wait for each other instead of failing on its key and retrying");
    }

    private static ArticleMessage article(String id, int i) {
        String[] people = {"Angela Merkel", "Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Pedro Sanchez",
                "Ursula von der Leyen", "Mark Rutte", "Donald Tusk"};
        String[] places = {"Berlin", "Paris", "Rome", "Madrid", "Brussels", "Warsaw", "The Hague", "Vienna"};
        String a = people[i % people.length];
        String b = people[(i + 3) % people.length];
        String place = places[i % places.length];
        String body = """
                %s met %s in %s on Tuesday to discuss energy prices and the budget of the European Union.

                "We agreed on the next steps, and article %d will not be the last word," %s told reporters.

                The European Commission said it would publish a proposal in %s next month.
                """.formatted(a, b, place, i, a, place);
        return new ArticleMessage(1, id, "r1", "https://outage.example/" + id, "Outage test", a + " meets " + b, null,
                LocalDate.of(2024, 1 + i % 12, 1 + i % 28), body, Instant.now());
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all", "linger.ms", "5"),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static Response readiness() {
        return given().when().get("/q/health/ready").andReturn();
    }

    private long stored(String round) {
        return count("SELECT count(*) FROM processed_message WHERE article_id LIKE ?", round + "-%");
    }

    /** Counted around the proxy, straight on the database. */
    private long count(String sql, String arg) {
        try (Connection c = DriverManager.getConnection(directJdbcUrl, user, password.orElse(""));
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every key in the dead-letter topic, read from the start to its end offsets. */
    private Set<String> deadLetterKeys() {
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.auto.commit", "false"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(Topics.ARTICLES_DLQ, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return keys;
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> c.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(500))) {
                    keys.add(r.key());
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            // no dead-letter topic yet: nothing was ever dead-lettered
        }
        return keys;
    }

    private static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + limit.toSeconds() + " s");
            }
            Thread.sleep(100);
        }
    }
}
