package io.newslens.ingest;

import io.newslens.testsupport.PrometheusScrape;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

/**
 * No broker: every write is answered 503 with Retry-After within a bounded time (publish timeout 3 s; the assertion
 * leaves room for a loaded CI machine), never 202, never a hang.
 */
@QuarkusTest
@TestProfile(BrokerDownTest.Profile.class)
class BrokerDownTest {

    @org.junit.jupiter.api.BeforeAll
    static void http() {
        TestHttp.configure();
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kafka.bootstrap.servers", "127.0.0.1:" + ClosedPort.get(),
                    "mp.messaging.outgoing.articles-out.max.block.ms", "1500",
                    "mp.messaging.outgoing.articles-out.request.timeout.ms", "1500",
                    "mp.messaging.outgoing.articles-out.delivery.timeout.ms", "3000",
                    "newslens.ingest.publish-timeout", "3s",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + ClosedPort.get() + "/newslens");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void singleArticleGets503WithRetryAfterQuickly() {
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body("{\"body\":\"Nobody will hear this " + i + ".\"}")
                    .when().post("/articles").then()
                    .time(lessThan(10_000L))
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue());
        }
    }

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void countsTheArticlesKafkaDidNotTakeAsUnavailable() throws Exception {
        double before = PrometheusScrape.of(metrics.toString()).value("newslens_ingest_articles_total", "result", "unavailable");
        given().contentType("application/json").body("{\"body\":\"Counted as unavailable.\"}")
                .when().post("/articles").then().statusCode(503);
        double after = PrometheusScrape.of(metrics.toString()).value("newslens_ingest_articles_total", "result", "unavailable");
        assertEquals(1, after - before, "the 503 is counted as unavailable");
    }

    @Test
    void batchReportsEachLineUnavailable() {
        given().contentType("application/x-ndjson").body("{\"body\":\"one\"}\n{\"body\":\"two\"}\n{\"body\":\" \"}\n")
                .when().post("/articles/batch").then()
                .time(lessThan(10_000L))
                .statusCode(503).header("Retry-After", notNullValue())
                .body("unavailable", equalTo(2)).body("rejected", equalTo(1))
                .body("results[0].status", equalTo("unavailable"));
    }
}
