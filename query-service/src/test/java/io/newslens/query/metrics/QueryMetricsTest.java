package io.newslens.query.metrics;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.testsupport.PrometheusScrape;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /q/metrics}: latency per endpoint as a histogram (by uri template, not by raw path), and the pool's use. */
@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class QueryMetricsTest {

    @TestHTTPResource("/q/metrics")
    URL metrics;

    @Test
    void latencyPerEndpointAndPoolUse() throws Exception {
        PrometheusScrape before = PrometheusScrape.of(metrics.toString());
        given().get("/articles/a1").then().statusCode(200);
        given().get("/articles/no-such-article").then().statusCode(404);
        given().queryParam("q", "Putin").get("/articles").then().statusCode(200);

        PrometheusScrape after = PrometheusScrape.of(metrics.toString());
        String detail = "/articles/{id}";
        assertEquals(1, count(after, detail, "200") - count(before, detail, "200"), "one detail answered 200");
        assertEquals(1, count(after, detail, "404") - count(before, detail, "404"), "one detail answered 404, same template");
        assertEquals(1, count(after, "/articles", "200") - count(before, "/articles", "200"), "one search");
        assertFalse(after.samples("http_server_requests_seconds_bucket").stream()
                .filter(s -> detail.equals(s.labels().get("uri"))).toList().isEmpty(), "latency buckets per endpoint");
        assertTrue(after.samples("http_server_requests_seconds_count").stream()
                .noneMatch(s -> s.labels().getOrDefault("uri", "").contains("no-such-article")), "no series per raw path");
        for (String name : new String[] {"agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "agroal_max_used_count"}) {
            assertTrue(after.names().contains(name), name + " in " + after.names());
        }
    }

    private static double count(PrometheusScrape scrape, String uri, String status) {
        return scrape.sum("http_server_requests_seconds_count", "method", "GET", "uri", uri, "status", status);
    }
}
