package io.newslens.analysis;

import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
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
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class HttpProblemsTest {

    private static final String KEY = "X-API-Key: test-admin-key";

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

    private static RawHttp.Answer send(String method, String target, String body, String... headers) throws IOException {
        return RawHttp.send(RestAssured.port, method, target, body, headers);
    }

    @Test
    void unknownPathsAndMethodsAndOversizedBodies() throws IOException {
        problem(send("GET", "/no/such/thing", null), 404);
        problem(send("GET", "/admin/no-such-thing", null, KEY), 404);
        problem(send("DELETE", "/admin/reanalysis", null, KEY), 405);
        assertEquals("request", problem(send("POST", "/admin/reanalysis", "x".repeat(100_000), KEY, "Content-Type: text/plain"), 413)
                .getString("errors[0].field"));
    }

    @Test
    void theAdminKeyIsCheckedAsEverywhere() throws IOException {
        RawHttp.Answer a = send("POST", "/admin/reanalysis", null);
        assertEquals("X-API-Key", problem(a, 401).getString("errors[0].field"));
        assertNotNull(a.header("WWW-Authenticate"), a.head());
        assertEquals("wrong API key", problem(send("POST", "/admin/reanalysis", null, "X-API-Key: nope"), 401).getString("detail"));
    }

    /** A URI that is no URI (malformed percent-encoding) is a problem naming the part, not a bare 400 (service-common RequestUris). */
    @Test
    void malformedUrisAreProblems() throws IOException {
        assertEquals("query", problem(send("GET", "/admin/reanalysis?x=%%%garbage", null, KEY), 400).getString("errors[0].field"));
        assertEquals("path", problem(send("GET", "/admin/%zz", null, KEY), 400).getString("errors[0].field"));
    }
}
