package io.newslens.ingest;

import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.ProxiedPostgresTestResource;
import io.newslens.testsupport.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis database cut off mid-run (every connection closed, new ones turned away): ingest-service answers
 * {@code 202} for what Kafka acknowledged or {@code 503} with {@code Retry-After}, never a 500, and every 202 is on the
 * topic. Twins sent at the same moment are queued once; the others are told {@code duplicate}.
 */
@QuarkusTest
@TestProfile(OutageAndTwinsTest.Profile.class)
class OutageAndTwinsTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.acquisition-timeout", "PT2S",
                    "quarkus.datasource.jdbc.login-timeout", "PT1S");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KafkaTestResource.class),
                    new TestResourceEntry(ProxiedPostgresTestResource.class));
        }
    }

    @BeforeAll
    static void http() {
        TestHttp.configure();
    }

    @org.junit.jupiter.api.BeforeEach
    void schema() {
        AnalysisSchema.ensure();
    }

    private static String article(String tag) {
        return "{\"url\":\"https://example.com/outage/" + tag + "\",\"title\":\"Outage " + tag
                + "\",\"body\":\"Angela Merkel spoke in Berlin about " + tag + ".\"}";
    }

    @RepeatedTest(3)
    void twinsSentAtTheSameMomentAreQueuedOnce() throws Exception {
        int articles = 10;
        int copies = 6;
        String round = UUID.randomUUID().toString().substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            Map<String, List<String>> statusesById = new HashMap<>();
            for (int a = 0; a < articles; a++) {
                String body = article("twins-" + round + "-" + a);
                List<Callable<Response>> posts = new ArrayList<>();
                for (int c = 0; c < copies; c++) {
                    posts.add(() -> given().contentType("application/json").body(body).when().post("/articles").andReturn());
                }
                for (Future<Response> f : pool.invokeAll(posts)) {
                    Response r = f.get();
                    assertTrue(r.statusCode() == 202 || r.statusCode() == 200, r.statusCode() + " " + r.asString());
                    statusesById.computeIfAbsent(r.path("id"), k -> new ArrayList<>()).add(r.path("status"));
                }
            }
            assertEquals(articles, statusesById.size());
            for (Map.Entry<String, List<String>> e : statusesById.entrySet()) {
                assertEquals(1, e.getValue().stream().filter("queued"::equals).count(), "one queued: " + e);
                assertEquals(copies - 1, e.getValue().stream().filter("duplicate"::equals).count(), "the rest duplicates: " + e);
            }
            Map<String, Integer> onTopic = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : ArticlesTopic.all()) {
                if (statusesById.containsKey(r.key())) {
                    onTopic.merge(r.key(), 1, Integer::sum);
                }
            }
            assertEquals(articles, onTopic.size());
            assertTrue(onTopic.values().stream().allMatch(n -> n == 1), "each article published once: " + onTopic);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void duringADatabaseOutageArticlesAreAcceptedOrRefusedForNow() throws Exception {
        TcpProxy proxy = ProxiedPostgresTestResource.proxy();
        String round = UUID.randomUUID().toString().substring(0, 8);
        // a look-up before the cut, so the pool holds connections that the cut then breaks
        given().contentType("application/json").body(article("outage-" + round + "-warm")).when().post("/articles")
                .then().statusCode(202);
        Set<String> accepted = new HashSet<>();
        Map<Integer, Integer> statuses = new HashMap<>();
        proxy.cut();
        try {
            for (int i = 0; i < 40; i++) {
                Response r = given().contentType("application/json").body(article("outage-" + round + "-" + i))
                        .when().post("/articles").andReturn();
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 202) {
                    accepted.add(r.path("id"));
                } else {
                    assertEquals(503, r.statusCode(), "only 202 or 503 while the database is away: " + r.asString());
                    assertNotNull(r.header("Retry-After"), "a 503 says when to try again");
                }
                if (i % 10 == 0) {
                    Response status = given().when().get("/articles/{id}/status", "no-such-" + round + i).andReturn();
                    // an unknown id's status needs the database: it cannot be told now, which proves the cut is felt
                    assertEquals(503, status.statusCode(), "status while the database is away: " + status.asString());
                    assertEquals("application/problem+json", status.contentType().split(";")[0]);
                }
            }
            Response batch = given().contentType("application/x-ndjson")
                    .body(article("outage-" + round + "-b1") + "\n" + article("outage-" + round + "-b2") + "\n")
                    .when().post("/articles/batch").andReturn();
            assertTrue(batch.statusCode() == 200 || batch.statusCode() == 503, "batch: " + batch.statusCode() + " " + batch.asString());
        } finally {
            proxy.restore();
        }
        Set<String> onTopic = new HashSet<>();
        for (ConsumerRecord<String, byte[]> r : ArticlesTopic.all()) {
            onTopic.add(r.key());
        }
        assertTrue(onTopic.containsAll(accepted), "every 202 is on the topic");
    }
}
