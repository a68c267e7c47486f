package io.newslens.analysis.deadletter;

import io.agroal.api.AgroalDataSource;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dead-letter listing and replay against a real broker: a poison message, and a good one dead-lettered by hand. */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class DeadLetterResourceTest {

    private static final String KEY = "test-admin-key";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void listsShowsAndReplaysDeadLetters() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        String good = "good-" + UUID.randomUUID();
        send(Topics.ARTICLES, poison, "{not json".getBytes(StandardCharsets.UTF_8), null);
        ArticleMessage article = new ArticleMessage(1, good, "r1", null, "Example", "Merkel in Paris", null, null,
                "Angela Merkel visited Paris on Monday.", Instant.now());
        send(Topics.ARTICLES_DLQ, good, ArticleCodec.toJson(article), "dead-lettered by hand for the test");
        await(() -> deadLetterRecords(poison).size() == 1);

        JsonPath listing = given().header("X-API-Key", KEY).get("/admin/dead-letters").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(listing.getInt("total") >= 2);
        assertTrue(listing.getList("groups.reason", String.class).contains("dead-lettered by hand for the test"));
        assertTrue(listing.getList("groups.exampleKey", String.class).contains(good));
        String poisonRef = given().header("X-API-Key", KEY).queryParam("key", poison).queryParam("records", true)
                .get("/admin/dead-letters").then().statusCode(200).body("total", equalTo(1))
                .extract().path("records[0].ref");
        assertNotNull(poisonRef);
        String[] po = poisonRef.split("@");
        given().header("X-API-Key", KEY).get("/admin/dead-letters/{p}/{o}", po[0], po[1]).then().statusCode(200)
                .body("record.key", equalTo(poison)).body("value", equalTo("{not json"))
                .body("headers.keySet()", hasItem("dead-letter-reason"));

        // the good one: replayed by key, stored once, and once only however often it is replayed
        given().header("X-API-Key", KEY).queryParam("key", good).queryParam("dryRun", true)
                .post("/admin/dead-letters/replay").then().statusCode(200).body("matched", equalTo(1)).body("replayed", equalTo(0));
        given().header("X-API-Key", KEY).queryParam("key", good).post("/admin/dead-letters/replay").then()
                .statusCode(200).body("matched", equalTo(1)).body("replayed", equalTo(1));
        await(() -> count("SELECT count(*) FROM processed_message WHERE article_id = ?", good) == 1);
        given().header("X-API-Key", KEY).queryParam("key", good).post("/admin/dead-letters/replay").then()
                .statusCode(200).body("replayed", equalTo(1));
        List<ConsumerRecord<String, byte[]>> onArticles = records(Topics.ARTICLES, good, 2);
        assertEquals(2, onArticles.size());
        for (ConsumerRecord<String, byte[]> r : onArticles) {
            String from = new String(r.headers().lastHeader(DeadLetters.REPLAYED_FROM).value(), StandardCharsets.UTF_8);
            assertTrue(from.startsWith(Topics.ARTICLES_DLQ + "/"), from);
            assertEquals(null, r.headers().lastHeader("dead-letter-reason"), "dead-letter headers are dropped");
        }
        // the second copy is consumed: a marker behind it proves it, then the article is still stored once
        String marker = "marker-" + UUID.randomUUID();
        send(Topics.ARTICLES, marker, ArticleCodec.toJson(new ArticleMessage(1, marker, "r1", null, null, null, null, null,
                "Emmanuel Macron visited Berlin.", Instant.now())), null);
        await(() -> count("SELECT count(*) FROM processed_message WHERE article_id = ?", marker) == 1);
        assertEquals(1, count("SELECT count(*) FROM processed_message WHERE article_id = ?", good));
        assertEquals(1, count("SELECT count(*) FROM article WHERE id = ?", good));

        // the poison one: replayed, it fails again and is back in the dead-letter topic
        given().header("X-API-Key", KEY).queryParam("reason", "malformed JSON").queryParam("key", poison)
                .post("/admin/dead-letters/replay").then().statusCode(200).body("replayed", equalTo(1));
        await(() -> deadLetterRecords(poison).size() == 2);
    }

    @Test
    void replayNeedsASelectionAndTheKey() {
        given().post("/admin/dead-letters/replay?all=true").then().statusCode(401).contentType("application/problem+json");
        given().get("/admin/dead-letters").then().statusCode(401);
        given().header("X-API-Key", KEY).post("/admin/dead-letters/replay").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        given().header("X-API-Key", KEY).post("/admin/dead-letters/replay?all=true&key=x").then().statusCode(400)
                .body("errors[0].field", equalTo("all"));
        given().header("X-API-Key", KEY).get("/admin/dead-letters/x/1").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("X-API-Key", KEY).get("/admin/dead-letters/0/999999999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private List<ConsumerRecord<String, byte[]>> deadLetterRecords(String key) {
        return records(Topics.ARTICLES_DLQ, key, Integer.MAX_VALUE);
    }

    /** Records of one key in a topic, read from its start to its current end. */
    private List<ConsumerRecord<String, byte[]>> records(String topic, String key, int atMost) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "enable.auto.commit", "false"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> c.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(300))) {
                    if (key.equals(r.key()) && found.size() < atMost) {
                        found.add(r);
                    }
                }
            }
        }
        return found;
    }

    private void send(String topic, String key, byte[] value, String reason) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> r = new ProducerRecord<>(topic, key, value);
            if (reason != null) {
                r.headers().add("dead-letter-reason", reason.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(r).get();
        }
    }

    private long count(String sql, String arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(200);
        }
    }
}
