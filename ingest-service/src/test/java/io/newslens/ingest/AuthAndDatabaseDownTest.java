package io.newslens.ingest;

import io.newslens.testsupport.KafkaTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** With NEWSLENS_API_KEY set, writes need X-API-Key; with the analysis database down, articles are still accepted. */
@QuarkusTest
@TestProfile(AuthAndDatabaseDownTest.Profile.class)
class AuthAndDatabaseDownTest {

    @org.junit.jupiter.api.BeforeAll
    static void http() {
        TestHttp.configure();
    }

    static final String KEY = "test-key-2f8c1e0a-auth";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newslens.api.key", KEY,
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + ClosedPort.get() + "/newslens");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class));
        }
    }

    private static String article() {
        return "{\"url\":\"https://example.com/auth/" + UUID.randomUUID() + "\",\"body\":\"Guarded text.\"}";
    }

    @Test
    void writesWithoutTheKeyAreRefused() {
        given().contentType("application/json").body(article()).when().post("/articles").then()
                .statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", notNullValue())
                .body("errors[0].field", equalTo("X-API-Key"));
        given().header("X-API-Key", KEY + "x").contentType("application/json").body(article()).when().post("/articles").then()
                .statusCode(401);
        given().header("X-API-Key", "").contentType("application/x-ndjson").body(article()).when().post("/articles/batch").then()
                .statusCode(401);
    }

    @Test
    void withTheKeyArticlesAreAcceptedEvenWhileTheDatabaseIsDown() {
        String id = given().header("X-API-Key", KEY).contentType("application/json").body(article()).when().post("/articles")
                .then().statusCode(202).body("status", equalTo("queued")).extract().path("id");
        given().when().get("/articles/{id}/status", id).then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue());
    }
}
