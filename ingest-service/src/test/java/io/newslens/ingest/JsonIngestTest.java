package io.newslens.ingest;

import io.newslens.contract.ArticleIds;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.ingest.status.QueuedBacklog;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class JsonIngestTest {

    @org.junit.jupiter.api.BeforeAll
    static void http() {
        TestHttp.configure();
    }

    @BeforeEach
    void schema() {
        AnalysisSchema.ensure();
    }

    @Inject
    QueuedBacklog backlog;

    /** Until what was queued before the start is read, an unknown id's status is not known yet (503). */
    void awaitBacklogRead() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (backlog.reading()) {
            assertTrue(System.currentTimeMillis() < deadline, "the queued articles were not read within 30 s");
            Thread.sleep(50);
        }
    }

    @BeforeEach
    void backlogRead() throws InterruptedException {
        awaitBacklogRead();
    }

    static String url() {
        return "https://news.example.com/world/" + UUID.randomUUID();
    }

    static Response post(Map<String, Object> article) {
        return given().contentType("application/json").body(article).when().post("/articles");
    }

    @Test
    void jsonArticleIsOnTheTopicWhenTheAnswerIs202() {
        String url = url();
        String body = "Xi Jinping met Vladimir Putin in Moscow on Monday. \"We are friends,\" Putin said.";
        String id = post(Map.of("url", url, "title", "Xi meets Putin", "body", body, "source", "Example News",
                "byline", "Jane Doe", "published", "2023-03-20"))
                .then().statusCode(202)
                .contentType("application/json")
                .header("Location", endsWith("/articles/" + ArticleIds.idFor(url, "Xi meets Putin", body) + "/status"))
                .body("status", equalTo("queued"))
                .body("revision", equalTo(ArticleIds.revisionOf("Xi meets Putin", body)))
                .extract().path("id");
        assertEquals(ArticleIds.idFor(url, "Xi meets Putin", body), id);

        List<ConsumerRecord<String, byte[]>> records = ArticlesTopic.all().stream().filter(r -> id.equals(r.key())).toList();
        assertEquals(1, records.size(), "one message keyed by the article id");
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertEquals(Topics.EVENT_ARTICLE_SUBMITTED,
                new String(record.headers().lastHeader(Topics.HEADER_EVENT_TYPE).value(), StandardCharsets.UTF_8));
        ArticleMessage m = io.newslens.contract.ArticleCodec.fromJson(record.value());
        assertEquals(ArticleMessage.SCHEMA_VERSION, m.schemaVersion());
        assertEquals(url, m.url());
        assertEquals("Xi meets Putin", m.title());
        assertEquals(body, m.body());
        assertEquals("Example News", m.source());
        assertEquals("Jane Doe", m.byline());
        assertEquals(LocalDate.of(2023, 3, 20), m.published());
    }

    @Test
    void sameArticleAgainHasTheSameIdAndIsNotPublishedAgain() {
        Map<String, Object> article = Map.of("url", url(), "title", "Same", "body", "The same text, sent twice.");
        String id = post(article).then().statusCode(202).body("status", equalTo("queued")).extract().path("id");
        post(article).then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
        assertEquals(1, ArticlesTopic.withKey(id).size());
    }

    @Test
    void articleWithoutUrlIsIdentifiedByItsNormalisedText() {
        String marker = UUID.randomUUID().toString();
        String id1 = post(Map.of("title", "No URL " + marker, "body", "Some   text\nabout “things”. " + marker))
                .then().statusCode(202).extract().path("id");
        String id2 = post(Map.of("title", "no url " + marker, "body", "some text about \"things\". " + marker))
                .then().statusCode(200).body("status", equalTo("duplicate")).extract().path("id");
        assertEquals(id1, id2);
        assertTrue(id1.startsWith("t"));
    }

    @Test
    void changedTextForTheSameUrlIsANewRevisionOfTheSameArticle() {
        String url = url();
        Response first = post(Map.of("url", url, "title", "Draft", "body", "First version of the story."));
        first.then().statusCode(202);
        Response second = post(Map.of("url", url, "title", "Draft", "body", "Second, corrected version of the story."));
        second.then().statusCode(202).body("status", equalTo("queued"));
        String id = first.path("id");
        assertEquals(id, second.path("id"));
        assertNotEquals((String) first.path("revision"), (String) second.path("revision"));
        List<ArticleMessage> messages = ArticlesTopic.withKey(id);
        assertEquals(List.of(first.path("revision"), second.path("revision")), messages.stream().map(ArticleMessage::revision).toList());
    }

    @Test
    void articleAlreadyAnalysedIsADuplicateWithoutPublishing() throws Exception {
        String url = url();
        String body = "Stored earlier by analysis-service.";
        String id = ArticleIds.idFor(url, null, body);
        AnalysisSchema.insertAnalysed(id, ArticleIds.revisionOf(null, body), body, "test-1");
        post(Map.of("url", url, "body", body)).then().statusCode(200).body("status", equalTo("duplicate")).body("id", equalTo(id));
        assertEquals(0, ArticlesTopic.withKey(id).size());
    }

    @Test
    void statusFollowsTheArticleFromQueuedToAnalysed() throws Exception {
        String url = url();
        String body = "A story whose analysis we follow.";
        Response r = post(Map.of("url", url, "body", body));
        r.then().statusCode(202);
        String id = r.path("id");
        String revision = r.path("revision");
        given().when().get("/articles/{id}/status", id).then().statusCode(200)
                .body("status", equalTo("queued")).body("revision", equalTo(revision));

        AnalysisSchema.insertAnalysed(id, revision, body, "extractor-7");
        given().when().get("/articles/{id}/status", id).then().statusCode(200)
                .body("status", equalTo("analysed"))
                .body("analyzerVersion", equalTo("extractor-7"))
                .body("analyzedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void statusOfAFailedArticleGivesTheReason() throws Exception {
        Response r = post(Map.of("url", url(), "body", "This one will fail."));
        r.then().statusCode(202);
        AnalysisSchema.insertFailure(r.path("id"), r.path("revision"), "extractor crashed: boom");
        given().when().get("/articles/{id}/status", (String) r.path("id")).then().statusCode(200)
                .body("status", equalTo("failed")).body("reason", equalTo("extractor crashed: boom"));
    }

    @Test
    void articleQueuedBeforeAStartReadsQueuedAndIsADuplicate() throws Exception {
        String url = url();
        String body = "Queued by an earlier run of ingest-service, not analysed yet.";
        ArticleMessage earlier = new ArticleMessage(1, ArticleIds.idFor(url, null, body), ArticleIds.revisionOf(null, body), url, null,
                null, null, null, body, java.time.Instant.parse("2024-05-17T09:30:00Z"));
        ArticlesTopic.send(earlier);
        given().when().get("/articles/{id}/status", earlier.id()).then().statusCode(404);

        backlog.readNow(); // what a start does
        given().when().get("/articles/{id}/status", earlier.id()).then().statusCode(200)
                .body("status", equalTo("queued")).body("revision", equalTo(earlier.revision()))
                .body("acceptedAt", equalTo("2024-05-17T09:30:00Z"));
        post(Map.of("url", url, "body", body)).then().statusCode(200).body("status", equalTo("duplicate"));
        assertEquals(1, ArticlesTopic.withKey(earlier.id()).size());

        AnalysisSchema.insertAnalysed(earlier.id(), earlier.revision(), body, "extractor-7");
        given().when().get("/articles/{id}/status", earlier.id()).then().statusCode(200).body("status", equalTo("analysed"));
    }

    @Test
    void statusOfUnknownOrMalformedIds() {
        given().when().get("/articles/{id}/status", "u000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/articles/{id}/status", "bad id!").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("id"));
    }
}
