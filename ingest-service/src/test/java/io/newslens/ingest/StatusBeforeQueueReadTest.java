package io.newslens.ingest;

import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * While the articles queued before the start cannot be read (here: no broker), an id that is neither remembered nor
 * stored may still be queued: its status is 503 with Retry-After, not 404.
 */
@QuarkusTest
@TestProfile(StatusBeforeQueueReadTest.Profile.class)
class StatusBeforeQueueReadTest {

    @org.junit.jupiter.api.BeforeAll
    static void http() {
        TestHttp.configure();
    }

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + ClosedPort.get(),
                    "newslens.ingest.queued-read-timeout", "10m");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresTestResource.class));
        }
    }

    @Test
    void unknownIdIsNotKnownYetWhileTheQueueIsUnread() {
        AnalysisSchema.ensure();
        given().when().get("/articles/{id}/status", "u000000000000000").then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", equalTo("1"))
                .body("detail", containsString("still reading the articles queued before it started"));
    }
}
