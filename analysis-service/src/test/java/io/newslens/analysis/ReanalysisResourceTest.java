package io.newslens.analysis;

import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.extract.ExtractionEngine;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class ReanalysisResourceTest {

    private static final String KEY = "test-admin-key";

    @Test
    void refusesWithoutTheApiKey() {
        given().post("/admin/reanalysis").then().statusCode(401)
                .contentType("application/problem+json").body("errors.field", hasItem("X-API-Key"));
        given().header("X-API-Key", "wrong").post("/admin/reanalysis").then().statusCode(401);
    }

    @Test
    void namesTheBadParameter() {
        given().header("X-API-Key", KEY).queryParam("from", "yesterday").post("/admin/reanalysis")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        given().header("X-API-Key", KEY).queryParam("from", "2024-02-01").queryParam("to", "2024-01-01")
                .post("/admin/reanalysis").then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().header("X-API-Key", KEY).get("/admin/reanalysis/no-such-job").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void bringsArticlesAnalysedByAnOlderVersionToTheCurrentOne() throws Exception {
        String id = "old-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap, "acks", "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, id, ArticleCodec.toJson(new ArticleMessage(1, id, "r1", null,
                    null, null, null, null, "Angela Merkel met Emmanuel Macron in Paris.", Instant.now())))).get();
        }
        await(() -> sql("SELECT count(*) FROM processed_message WHERE article_id = '" + id + "'") == 1);
        // as if an earlier analyzer version had produced the stored analysis
        sql("UPDATE article SET analyzer_version = 'older-version' WHERE id = '" + id + "'");
        sql("DELETE FROM processed_message WHERE article_id = '" + id + "'");
        assertEquals(0, sql("SELECT count(*) FROM article WHERE id = '" + id + "' AND analyzer_version = '" + engine.version() + "'"));

        Response started = given().header("X-API-Key", KEY).post("/admin/reanalysis");
        started.then().statusCode(202);
        String job = started.jsonPath().getString("id");
        await(() -> given().header("X-API-Key", KEY).get("/admin/reanalysis/" + job).jsonPath().getBoolean("complete"));
        Response status = given().header("X-API-Key", KEY).get("/admin/reanalysis/" + job);
        assertEquals(status.jsonPath().getLong("total"), status.jsonPath().getLong("published"));
        assertEquals(status.jsonPath().getLong("total"), status.jsonPath().getLong("analysed"));
        assertEquals(1, sql("SELECT count(*) FROM article WHERE id = '" + id + "' AND analyzer_version = '" + engine.version() + "'"));
        assertTrue(sql("SELECT count(*) FROM mention WHERE article_id = '" + id + "'") >= 3);
    }

    @Inject
    ExtractionEngine engine;

    private long sql(String sql) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (!st.execute(sql)) {
                return st.getUpdateCount();
            }
            try (ResultSet rs = st.getResultSet()) {
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

    @Test
    void runsToCompletionAndReportsProgress() throws Exception {
        Response started = given().header("X-API-Key", KEY).post("/admin/reanalysis");
        started.then().statusCode(202);
        String id = started.jsonPath().getString("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Response status;
        do {
            Thread.sleep(200);
            status = given().header("X-API-Key", KEY).get("/admin/reanalysis/" + id);
            status.then().statusCode(200);
        } while (!status.jsonPath().getBoolean("complete") && System.nanoTime() < deadline);
        assertTrue(status.jsonPath().getBoolean("complete"), status.asString());
        assertEquals(status.jsonPath().getLong("total"), status.jsonPath().getLong("published"));
        assertEquals("published", status.jsonPath().getString("state"));
    }
}
