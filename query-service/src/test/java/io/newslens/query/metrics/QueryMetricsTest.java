package io.newslens.query.metrics;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.testsupport.PrometheusScrape;
import io.newslens.testsupport.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
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

    /**
     * Requests refused before any resource matched them (a URI that is no URI, a request line over the applied limit,
     * a path no resource has) are counted without their raw path: a client cannot add series, nor labels kilobytes long.
     */
    @Test
    void refusedRequestsAddNoSeriesPerRawPath() throws Exception {
        PrometheusScrape before = PrometheusScrape.of(metrics.toString());
        assertEquals(400, RawHttp.send(RestAssured.port, "GET", "/articles?cursor=%%%refusedgarbage", null).status());
        assertEquals(414, RawHttp.send(RestAssured.port, "GET", "/articles/refused" + "a".repeat(5_000), null).status());
        given().get("/refused-no-such-path").then().statusCode(404);

        PrometheusScrape after = PrometheusScrape.of(metrics.toString());
        var uris = after.samples("http_server_requests_seconds_count").stream().map(s -> s.labels().getOrDefault("uri", "")).toList();
        assertTrue(uris.stream().noneMatch(u -> u.contains("refused")), "no series per refused raw path: " + uris);
        assertTrue(uris.stream().allMatch(u -> u.length() < 100), "no label longer than a template: " + uris);
        assertEquals(1, unknown(after, "400") - unknown(before, "400"), "the malformed URI, under UNKNOWN");
        assertEquals(1, unknown(after, "414") - unknown(before, "414"), "the over-long request line, under UNKNOWN");
    }

    private static double unknown(PrometheusScrape scrape, String status) {
        return scrape.sum("http_server_requests_seconds_count", "method", "GET", "uri", "UNKNOWN", "status", status);
    }

    private static double count(PrometheusScrape scrape, String uri, String status) {
        return scrape.sum("http_server_requests_seconds_count", "method", "GET", "uri", uri, "status", status);
    }
}
