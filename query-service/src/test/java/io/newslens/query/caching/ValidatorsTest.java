package io.newslens.query.caching;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ETag, 304 and Cache-Control on every GET, and compression, over HTTP against a real database of its own (this
 * test writes articles: the shared fixtures' counts must not move under the other tests).
 */
@QuarkusTest
@TestProfile(ValidatorsTest.OwnDatabase.class)
@QuarkusTestResource(value = ValidatorsTest.Database.class, restrictToAnnotatedClass = true)
class ValidatorsTest {

    public static class Database extends AnalysedDatabaseResource {
    }

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a query blocked by a lock (notModifiedWithoutRunningTheQuery) gives up soon
            return Map.of("quarkus.datasource.jdbc.additional-jdbc-properties.options", "-c statement_timeout=2s",
                    "newslens.http.compress-min-size", "1024", "quarkus.http.cors.origins", "https://dashboard.example");
        }
    }

    /** One request per GET path of the API. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("/articles", "/articles?q=putin"),
            Map.entry("/articles/{id}", "/articles/a1"),
            Map.entry("/entities", "/entities?q=pu"),
            Map.entry("/entities/{id}", "/entities/1"),
            Map.entry("/quotes", "/quotes?speaker=1"),
            Map.entry("/stats/top-entities", "/stats/top-entities?from=2023-01-01&to=2023-01-31&source=wire-east"),
            Map.entry("/stats/timeline", "/stats/timeline?entity=1&entity=2"),
            Map.entry("/stats/cooccurrence", "/stats/cooccurrence?entity=1&from=2023-01-01"),
            Map.entry("/stats/speakers", "/stats/speakers?source=tomorrows-affairs"),
            Map.entry("/stats/sources", "/stats/sources?to=2023-03-15"),
            Map.entry("/stats/articles", "/stats/articles?interval=month&source=wire-east"));

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL base;

    @Test
    void everyGetHasAPolicy() {
        Map<String, Object> paths = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        Set<String> gets = new TreeSet<>();
        paths.forEach((path, item) -> {
            if (((Map<?, ?>) item).containsKey("get")) {
                gets.add(path);
            }
        });
        assertEquals(gets, new TreeSet<>(CachePolicy.BY_PATH.keySet()));
        assertEquals(gets, new TreeSet<>(EXAMPLES.keySet()));
        // documented: the 304, the headers, when the tag changes
        Map<String, Object> sources = given().accept("application/json").when().get("/q/openapi").then()
                .extract().jsonPath().getMap("paths.'/stats/sources'.get");
        assertTrue(sources.get("description").toString().contains("Cache-Control: public, max-age=5"), sources::toString);
        assertTrue(((Map<?, ?>) sources.get("responses")).containsKey("304"), sources::toString);
        assertTrue(sources.toString().contains("If-None-Match"), sources::toString);
    }

    @Test
    void everyGetCarriesAWeakTagAndAnswersItsTagWith304() {
        EXAMPLES.forEach((path, url) -> {
            Response full = given().when().get(url).then().statusCode(200).extract().response();
            String tag = full.header("ETag");
            assertTrue(tag != null && tag.startsWith("W/\""), url + ": " + tag);
            assertEquals(CachePolicy.BY_PATH.get(path).cacheControl(), full.header("Cache-Control"), url);
            Response again = given().header("If-None-Match", tag).when().get(url).then().statusCode(304).extract().response();
            assertEquals("", again.asString(), url);
            assertEquals(tag, again.header("ETag"), url);
            assertEquals(CachePolicy.BY_PATH.get(path).cacheControl(), again.header("Cache-Control"), url);
            // a list of tags holding it, and the tag of another answer
            given().header("If-None-Match", "W/\"other\", " + tag).when().get(url).then().statusCode(304);
            given().header("If-None-Match", "W/\"other\"").when().get(url).then().statusCode(200).header("ETag", tag);
        });
        // a malformed If-None-Match is no match (never a 500); * matches any current answer
        for (String bad : new String[] {"garbage", "\"unterminated", "W/", "W/\"", ",", "\"a\" \"b\"", "\u00e9t\u00e9"}) {
            given().header("If-None-Match", bad).when().get("/stats/sources").then().statusCode(200);
        }
        given().header("If-None-Match", "*").when().get("/stats/sources").then().statusCode(304);
        // mistakes and missing things carry no tag
        given().when().get("/articles/nothing").then().statusCode(404).header("ETag", (String) null);
        given().when().get("/stats/sources?from=yesterday").then().statusCode(400).header("ETag", (String) null);
    }

    @Test
    void aDashboardOnAnotherOriginMayPollWithTags() {
        String origin = "https://dashboard.example";
        String allowed = given().header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").when().options("/stats/sources").then()
                .statusCode(200).header("Access-Control-Allow-Origin", origin).extract().header("Access-Control-Allow-Headers");
        assertTrue(allowed != null && allowed.toLowerCase(java.util.Locale.ROOT).contains("if-none-match"), allowed);
        String exposed = given().header("Origin", origin).when().get("/stats/sources").then().statusCode(200)
                .extract().header("Access-Control-Expose-Headers");
        assertTrue(exposed != null && exposed.contains("ETag"), exposed);
    }

    @Test
    void aRelevantArticleChangesTheTagAnIrrelevantOneDoesNot() throws SQLException {
        String url = "/stats/top-entities?from=2023-01-01&to=2023-01-31&source=wire-east&type=location";
        Response before = given().when().get(url).then().statusCode(200).extract().response();
        String tag = before.header("ETag");
        String allSources = given().when().get("/stats/sources").then().extract().header("ETag");

        article("v1", "elsewhere", "2023-01-10"); // another source
        article("v2", "wire-east", "2023-02-10"); // outside the range
        given().header("If-None-Match", tag).when().get(url).then().statusCode(304);
        given().header("If-None-Match", allSources).when().get("/stats/sources").then().statusCode(200);

        article("v3", "wire-east", "2023-01-20"); // in the source and range: it changes the answer
        Response after = given().header("If-None-Match", tag).when().get(url).then().statusCode(200).extract().response();
        assertNotEquals(tag, after.header("ETag"));
        assertNotEquals(before.jsonPath().getList("items"), after.jsonPath().getList("items"));
        given().header("If-None-Match", after.header("ETag")).when().get(url).then().statusCode(304);
    }

    @Test
    void notModifiedWithoutRunningTheQuery() throws SQLException {
        // /stats/sources reads source_day; with it locked, only an answer that does not read it comes back
        String tag = given().when().get("/stats/sources").then().statusCode(200).extract().header("ETag");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("LOCK TABLE source_day IN ACCESS EXCLUSIVE MODE");
            }
            given().header("If-None-Match", tag).when().get("/stats/sources").then().statusCode(304);
            // the query itself waits for the lock until the statement timeout: the test can tell the two apart
            given().when().get("/stats/sources").then().statusCode(503);
            c.rollback();
        }
        given().when().get("/stats/sources").then().statusCode(200).header("ETag", tag);
    }

    @Test
    void compressedWhenAskedAndLargeEnough() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> plain = fetch(client, "/articles/a1", null);
        assertEquals(Optional.empty(), plain.headers().firstValue("Content-Encoding"));
        assertTrue(plain.body().length > 1024, "the example must be larger than the threshold: " + plain.body().length);
        String json = new String(plain.body(), StandardCharsets.UTF_8);

        HttpResponse<byte[]> gzip = fetch(client, "/articles/a1", "gzip");
        assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(gzip.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
            assertEquals(json, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(gzip.headers().allValues("Vary").toString().contains("Accept-Encoding"), gzip.headers().toString());

        HttpResponse<byte[]> br = fetch(client, "/articles/a1", "br, gzip");
        assertEquals("br", br.headers().firstValue("Content-Encoding").orElse(null));
        Brotli4jLoader.ensureAvailability();
        var decoded = Decoder.decompress(br.body());
        assertEquals(DecoderJNI.Status.DONE, decoded.getResultStatus());
        assertEquals(json, new String(decoded.getDecompressedData(), StandardCharsets.UTF_8));

        // a small answer goes out as it is
        HttpResponse<byte[]> small = fetch(client, "/stats/sources?from=2030-01-01", "gzip");
        assertEquals(200, small.statusCode());
        assertTrue(small.body().length < 1024);
        assertEquals("identity", small.headers().firstValue("Content-Encoding").orElse("identity"));
        assertTrue(new String(small.body(), StandardCharsets.UTF_8).startsWith("{"));
    }

    private HttpResponse<byte[]> fetch(HttpClient client, String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return response;
    }

    /** An article mentioning Moscow, as analysis-service writes it: its row and its analysis in one transaction. */
    private void article(String id, String source, String dated) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("INSERT INTO article (id, revision, source, body, received_at, dated, analyzed_at, analyzer_version)"
                    + " VALUES ('" + id + "', 'r1', '" + source + "', 'Moscow', now(), '" + dated + "', now(), 'test-1')");
            s.execute("INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated) VALUES ('"
                    + id + "', 3, 'Moscow', '{Moscow}', 1, '" + dated + "')");
            c.commit();
        }
    }
}
