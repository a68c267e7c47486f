package io.newslens.ingest;

import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

/** Every client mistake gets its own clear application/problem+json answer naming the field; never a 5xx. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class ValidationTest {

    @org.junit.jupiter.api.BeforeAll
    static void http() {
        TestHttp.configure();
    }

    private static ValidatableResponse postJson(Object body) {
        return given().contentType("application/json").body(body).when().post("/articles").then();
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body(not(containsString("Exception"))).body(not(containsString("\tat ")));
    }

    @Test
    void emptyBody() {
        problem(given().contentType("application/json").when().post("/articles").then(), 400)
                .body("errors[0].field", equalTo("body"));
        problem(given().contentType("text/plain").body(" \n\t ").when().post("/articles").then(), 400)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void missingOrBlankBodyField() {
        problem(postJson("{\"title\":\"t\"}"), 400).body("errors[0].field", equalTo("body")).body("errors[0].message", equalTo("required"));
        problem(postJson("{\"body\":\"  \\n \"}"), 400).body("errors[0].field", equalTo("body"));
    }

    @Test
    void bodyOverTheLimitIs413() {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        problem(given().contentType("text/plain").body(big).when().post("/articles").then(), 413)
                .body("errors[0].field", equalTo("request"));
        String json = "{\"body\":\"" + "b".repeat(1024 * 1024) + "\"}";
        problem(postJson(json), 413);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType("application/xml").body("<a/>").when().post("/articles").then(), 415)
                .body("errors[0].field", equalTo("Content-Type"));
        problem(given().contentType("application/json").body("{}").when().post("/articles/batch").then(), 415);
        problem(given().contentType("text/plain; charset=ISO-8859-1").body("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))
                .when().post("/articles").then(), 415);
    }

    @Test
    void bytesThatAreNotUtf8() {
        byte[] latin1 = "{\"body\":\"caf\u00e9 au lait\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(given().contentType("application/json").body(latin1).when().post("/articles").then(), 400)
                .body("errors[0].message", containsString("not valid UTF-8"));
        problem(given().contentType("text/plain").body(new byte[] {'a', (byte) 0xff, 'b'}).when().post("/articles").then(), 400)
                .body("errors[0].message", containsString("not valid UTF-8"));
    }

    @Test
    void malformedJson() {
        problem(postJson("{\"body\": \"unterminated"), 400).body("errors[0].field", equalTo("request"))
                .body("errors[0].message", containsString("malformed JSON"));
        problem(postJson("[{\"body\":\"x\"}]"), 400).body("errors[0].message", containsString("JSON object"));
        problem(postJson("{\"body\":\"a\",\"body\":\"b\"}"), 400).body("errors[0].message", containsString("Duplicate field"));
        problem(postJson("{\"body\":\"a\"} {\"body\":\"b\"}"), 400).body("errors[0].message", containsString("more than one value"));
    }

    @Test
    void everyBadFieldIsNamed() {
        problem(postJson("{\"body\":\"ok\",\"published\":\"20th of Nevember\",\"url\":\"not a url\",\"title\":5,\"author\":\"x\"}"), 400)
                .body("errors.field", containsInAnyOrder("published", "url", "title", "author"));
        problem(postJson("{\"body\":\"ok\",\"published\":\"2023-02-30\"}"), 400).body("errors[0].field", equalTo("published"));
        problem(postJson("{\"body\":\"ok\",\"url\":\"ftp://example.com/a\"}"), 400).body("errors[0].field", equalTo("url"));
        problem(postJson("{\"body\":17}"), 400).body("errors[0].field", equalTo("body"))
                .body("errors[0].message", containsString("must be a string"));
    }

    @Test
    void publishedMayBeADateOrADateTime() {
        postJson("{\"body\":\"Dated text " + System.nanoTime() + "\",\"published\":\"2024-05-17T09:30:00+02:00\"}").statusCode(202);
    }

    @Test
    void clientMistakesNeverGiveA5xx() {
        List<String> types = List.of("application/json", "text/plain", "text/html", "application/x-ndjson", "multipart/form-data",
                "application/octet-stream", "application/json; charset=utf-16", "text/plain; charset=\"\"");
        List<String> bodies = List.of("", "{", "null", "[]", "\"x\"", "{\"body\":null}", "\u0000\u0001", "<html>",
                "{\"body\":{\"nested\":[1,2]}}", "'; DROP TABLE article; --", "<script>alert(1)</script>");
        for (String type : types) {
            for (String body : bodies) {
                for (String path : List.of("/articles", "/articles/batch")) {
                    given().contentType(type).body(body.getBytes(StandardCharsets.UTF_8)).when().post(path).then()
                            .statusCode(lessThan(500)).body(not(containsString("Exception")));
                }
            }
        }
        given().when().get("/articles/{id}/status", "'; DROP TABLE article; --").then().statusCode(400);
        given().when().get("/articles/x/status?revision=<script>").then().statusCode(400);
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        given().when().delete("/articles").then().statusCode(405);
        given().when().get("/articles/abc/status/extra").then().statusCode(404);
    }

    @Test
    void batchLinesAreCheckedOneByOne() {
        problem(given().contentType("application/x-ndjson").body("").when().post("/articles/batch").then(), 400);
        given().contentType("application/x-ndjson").body("{\"body\":\"ok " + System.nanoTime() + "\"}\n{bad\n")
                .when().post("/articles/batch").then().statusCode(200)
                .body("results.status", equalTo(List.of("queued", "rejected")))
                .body("results[1].errors.field", hasItem("request"));
    }
}
