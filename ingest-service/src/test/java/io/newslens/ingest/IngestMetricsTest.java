package io.newslens.ingest;

import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.newslens.testsupport.PrometheusScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /q/metrics} counts each outcome of an article: queued, duplicate, rejected by reason (and unavailable). */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class IngestMetricsTest {

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @BeforeAll
    static void http() {
        TestHttp.configure();
    }

    @BeforeEach
    void schema() {
        AnalysisSchema.ensure();
    }

    @Test
    void countsArticlesByOutcomeAndRejectionsByReason() throws Exception {
        PrometheusScrape before = PrometheusScrape.of(metrics.toString());
        for (String result : List.of("queued", "duplicate", "unavailable", "rejected")) {
            before.value("newslens_ingest_articles_total", "result", result); // every series exists from the start
        }
        for (String reason : List.of("invalid", "unauthorized", "too_large", "unsupported_media_type", "other")) {
            before.value("newslens_ingest_rejections_total", "reason", reason);
        }

        Map<String, Object> article = Map.of("url", "https://news.example.com/m/" + UUID.randomUUID(), "body", "Counted once.");
        given().contentType("application/json").body(article).post("/articles").then().statusCode(202);
        given().contentType("application/json").body(article).post("/articles").then().statusCode(200);
        given().contentType("application/json").body(Map.of("body", " ")).post("/articles").then().statusCode(400);
        given().contentType("text/csv").body("a,b").post("/articles").then().statusCode(415);
        given().contentType("application/json").body("{\"body\":\"" + "x".repeat(1_100_000) + "\"}").post("/articles")
                .then().statusCode(413);
        // a batch: one good line, one rejected line
        given().contentType("application/x-ndjson")
                .body("{\"body\":\"Batch line " + UUID.randomUUID() + ".\"}\n{\"body\":\"\"}\n")
                .post("/articles/batch").then().statusCode(200);

        PrometheusScrape after = PrometheusScrape.of(metrics.toString());
        assertEquals(2, delta(before, after, "newslens_ingest_articles_total", "result", "queued"));
        assertEquals(1, delta(before, after, "newslens_ingest_articles_total", "result", "duplicate"));
        assertEquals(4, delta(before, after, "newslens_ingest_articles_total", "result", "rejected"));
        assertEquals(0, delta(before, after, "newslens_ingest_articles_total", "result", "unavailable"));
        assertEquals(2, delta(before, after, "newslens_ingest_rejections_total", "reason", "invalid"));
        assertEquals(1, delta(before, after, "newslens_ingest_rejections_total", "reason", "unsupported_media_type"));
        assertEquals(1, delta(before, after, "newslens_ingest_rejections_total", "reason", "too_large"));
        assertTrue(after.names().contains("http_server_requests_seconds_count"), "HTTP server timers: " + after.names());
        assertTrue(after.names().contains("kafka_producer_record_send_total"), "the Kafka producer's own metrics");
        assertTrue(after.names().stream().anyMatch(n -> n.startsWith("agroal_")), "the connection pool's metrics");
    }

    private static double delta(PrometheusScrape before, PrometheusScrape after, String name, String... labels) {
        return after.value(name, labels) - before.value(name, labels);
    }
}
