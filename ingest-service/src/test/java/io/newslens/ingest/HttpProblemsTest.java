package io.newslens.ingest;

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
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
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

    private static RawHttp.Answer send(String method, String target, String body, String... headers) throws IOException {
        return RawHttp.send(RestAssured.port, method, target, body, headers);
    }

    @Test
    void unknownPathsAndMethodsAndMediaTypes() throws IOException {
        problem(send("GET", "/no/such/thing", null), 404);
        problem(send("GET", "/q/no-such-endpoint", null), 404);
        problem(send("DELETE", "/articles/batch", null), 405);
        assertEquals("Accept", problem(send("GET", "/articles/abc/status", null, "Accept: image/png"), 406)
                .getString("errors[0].field"));
        assertEquals("Content-Type", problem(send("POST", "/articles", "a,b", "Content-Type: text/csv"), 415)
                .getString("errors[0].field"));
    }

    /** A URI that is no URI (malformed percent-encoding) is a problem naming the part, not a bare 400 (service-common RequestUris). */
    @Test
    void malformedUrisAreProblems() throws IOException {
        assertEquals("query", problem(send("GET", "/articles/abc/status?x=%%%garbage", null), 400).getString("errors[0].field"));
        assertEquals("path", problem(send("GET", "/articles/%zz/status", null), 400).getString("errors[0].field"));
    }
}
