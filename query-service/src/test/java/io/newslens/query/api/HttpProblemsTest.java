package io.newslens.query.api;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.testsupport.RawHttp;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every client error is application/problem+json naming what was wrong, those the HTTP layer raises included (sent over
 * a plain socket: no client adds or fixes anything).
 */
@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class HttpProblemsTest {

    private static JsonPath problem(RawHttp.Answer a, int status) {
        assertEquals(status, a.status(), a.head() + "\n" + a.body());
        assertTrue(a.header("Content-Type").startsWith("application/problem+json"), a.head());
        JsonPath p = JsonPath.from(a.body());
        assertEquals(status, p.getInt("status"));
        assertNotNull(p.getString("title"));
        assertNotNull(p.getString("detail"));
        assertTrue(p.getString("type").startsWith("/problems/"), p.getString("type"));
        return p;
    }

    private static RawHttp.Answer send(String method, String target, String... headers) throws IOException {
        return RawHttp.send(RestAssured.port, method, target, null, headers);
    }

    @Test
    void unknownPathsAndMethodsAndMediaTypes() throws IOException {
        assertEquals("/no/such/thing", problem(send("GET", "/no/such/thing"), 404).getString("instance"));
        problem(send("GET", "/q/no-such-endpoint"), 404);
        problem(send("DELETE", "/entities"), 405);
        assertEquals("Accept", problem(send("GET", "/entities", "Accept: image/png"), 406).getString("errors[0].field"));
    }

    /** A URI that is no URI (malformed percent-encoding) is a problem naming the part, not a bare 400 (service-common RequestUris). */
    @Test
    void malformedUrisAreProblems() throws IOException {
        assertEquals("query", problem(send("GET", "/articles?cursor=%%%garbage"), 400).getString("errors[0].field"));
        assertEquals("path", problem(send("GET", "/entities/%zz"), 400).getString("errors[0].field"));
    }

    /**
     * Over-long request lines and headers, which the HTTP codec would refuse with a bare 414 or 431 before any
     * application code: the codec's limits sit above the applied ones (service-common's microprofile-config), and the
     * router refuses them as problems. Under the applied limits both go on as usual.
     */
    @Test
    void overLongRequestLinesAndHeadersAreProblems() throws IOException {
        assertEquals("uri", problem(send("GET", "/articles?q=" + "a".repeat(5_000)), 414).getString("errors[0].field"));
        assertEquals("headers", problem(send("GET", "/entities", "X-Filler: " + "b".repeat(25_000)), 431)
                .getString("errors[0].field"));
        problem(send("GET", "/no/such/" + "a".repeat(3_000)), 404); // a long line under the limit reaches the router's end
        assertEquals(200, send("GET", "/entities", "X-Filler: " + "b".repeat(15_000)).status());
    }
}
