package io.newslens.ingest;

import io.newslens.contract.ArticleMessage;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw page text, HTML, NDJSON batches and multipart uploads, with the seed articles. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class PagesAndBatchesTest {

    @org.junit.jupiter.api.BeforeAll
    static void http() {
        TestHttp.configure();
    }

    static final Path SEEDS = Path.of("../seeds");

    @BeforeEach
    void schema() {
        AnalysisSchema.ensure();
    }

    static String seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    @Test
    void rawPageTextIsParsedIntoTitleDateAndBody() throws IOException {
        String raw = seed("003_");
        String url = "https://example.org/xi-putin-" + UUID.randomUUID();
        Response r = given().contentType("text/plain; charset=utf-8").queryParam("url", url).queryParam("source", "Example")
                .body(raw).when().post("/articles");
        r.then().statusCode(202).body("status", equalTo("queued"));
        ArticleMessage m = ArticlesTopic.withKey(r.path("id")).get(0);
        assertEquals(url, m.url());
        assertEquals("Example", m.source());
        assertEquals(LocalDate.of(2023, 3, 20), m.published(), "the seed's leading 'date 2023-03-20'");
        assertFalse(m.body().startsWith(" date"), "the date line is not part of the body");
        assertTrue(m.body().contains("Xi Jinping"));
    }

    @Test
    void htmlIsCleanedWithTitleDateAndCanonicalUrlFromTheMetadata() {
        String canonical = "https://www.example.net/2024/05/summit-" + UUID.randomUUID();
        String html = """
                <!doctype html><html><head><title>Leaders meet in Beijing | Example Net</title>
                <meta property="og:title" content="Leaders meet in Beijing">
                <meta property="article:published_time" content="2024-05-16T08:00:00Z">
                <meta property="og:site_name" content="Example Net">
                <link rel="canonical" href="%s">
                <script>var tracking = "do not index";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Leaders meet in Beijing</h1>
                <p>Xi Jinping hosted Vladimir Putin in Beijing on Thursday, weeks after a trip to Europe.</p>
                <p>"Our friendship is unbreakable," Putin told reporters at the Great Hall of the People.</p>
                <p>The two leaders signed a lengthy statement denouncing what they called Western interference.</p>
                </article><footer>Copyright 2024 Example Net. All rights reserved.</footer></body></html>
                """.formatted(canonical);
        Response r = given().contentType("text/html").body(html).when().post("/articles");
        r.then().statusCode(202);
        ArticleMessage m = ArticlesTopic.withKey(r.path("id")).get(0);
        assertEquals("Leaders meet in Beijing", m.title());
        assertEquals(LocalDate.of(2024, 5, 16), m.published());
        assertEquals(canonical, m.url());
        assertNotNull(m.source());
        assertTrue(m.body().contains("Xi Jinping hosted Vladimir Putin"));
        assertFalse(m.body().contains("<p>"), "no markup");
        assertFalse(m.body().contains("do not index"), "no script");
    }

    @Test
    void ndjsonBatchAnswersOneResultPerLineInOrder() {
        String u = "https://example.com/batch/" + UUID.randomUUID();
        String batch = String.join("\n",
                "{\"url\":\"" + u + "/1\",\"body\":\"First article in the batch.\"}",
                "{\"url\":\"" + u + "/2\",\"body\":\"Second article in the batch.\",\"published\":\"2024-01-02\"}",
                "{\"url\":\"" + u + "/1\",\"body\":\"First article in the batch.\"}",
                "{\"url\":\"not a url\",\"body\":\"x\"}",
                "",
                "{\"body\": ",
                "{\"url\":\"" + u + "/3\",\"body\":\"Third.\",\"published\":\"yesterday\"}") + "\n";
        Response r = given().contentType("application/x-ndjson").body(batch).when().post("/articles/batch");
        r.then().statusCode(200)
                .body("received", equalTo(7))
                .body("results.line", equalTo(List.of(1, 2, 3, 4, 5, 6, 7)))
                .body("results[3].errors[0].field", equalTo("url"))
                .body("results[4].errors[0].message", org.hamcrest.Matchers.containsString("empty line"))
                .body("results[5].errors[0].field", equalTo("request"))
                .body("results[6].errors[0].field", equalTo("published"))
                .body("rejected", equalTo(4));
        List<String> statuses = r.path("results.status");
        // lines 1 and 3 are the same article: one is queued, the other is a duplicate (or both queued if they raced)
        assertEquals("queued", statuses.get(1));
        assertTrue(statuses.subList(0, 3).stream().filter("queued"::equals).count() >= 2);
        assertEquals(r.<String>path("results[0].id"), r.path("results[2].id"));
        given().contentType("application/x-ndjson").body(batch).when().post("/articles/batch").then().statusCode(200)
                .body("duplicates", equalTo(3)).body("queued", equalTo(0));
    }

    @Test
    void multipartUploadOfSeveralFiles() throws IOException {
        String marker = UUID.randomUUID().toString();
        byte[] json = ("{\"body\":\"Uploaded JSON article " + marker + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] ndjson = ("{\"body\":\"Line one " + marker + "\"}\n{\"body\":\"Line two " + marker + "\"}\n").getBytes(StandardCharsets.UTF_8);
        byte[] html = ("<html><head><title>Upload " + marker + "</title></head><body><article><p>An uploaded HTML page about "
                + "Vladimir Putin and Xi Jinping, with enough words to be an article body of its own.</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        Response r = given()
                .multiPart("files", "seed.txt", (seed("001_") + "\n\nThis copy of the story was uploaded by the test run " + marker + ".\n").getBytes(StandardCharsets.UTF_8), "text/plain")
                .multiPart("files", "one.json", json, "application/json")
                .multiPart("files", "two.ndjson", ndjson, "application/x-ndjson")
                .multiPart("files", "page.html", html, "text/html")
                .multiPart("files", "report.pdf", new byte[] {'%', 'P', 'D', 'F'}, "application/pdf")
                .when().post("/articles");
        r.then().statusCode(200)
                .body("results.file", equalTo(List.of("seed.txt", "one.json", "two.ndjson", "two.ndjson", "page.html", "report.pdf")))
                .body("results.status", equalTo(List.of("queued", "queued", "queued", "queued", "queued", "rejected")))
                .body("results[5].errors.field", hasItem("file"))
                .body("queued", equalTo(5)).body("rejected", equalTo(1));
        assertEquals(1, ArticlesTopic.withKey(r.path("results[1].id")).size());
    }

    @Test
    void everySeedGoesInAsRawText() throws IOException {
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.sorted().toList()) {
                given().contentType("text/plain").body(Files.readAllBytes(p)).when().post("/articles").then()
                        .statusCode(org.hamcrest.Matchers.anyOf(equalTo(202), equalTo(200)));
            }
        }
    }
}
