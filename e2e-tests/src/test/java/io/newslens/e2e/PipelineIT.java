package io.newslens.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline: the three packaged services as separate processes against one real Kafka broker
 * and one fresh PostgreSQL database. Follows seed articles from {@code POST /articles} on ingest-service
 * to a search hit and to {@code GET /articles/{id}} with entities and quotes on query-service.
 */
@ExtendWith(Pipeline.class)
class PipelineIT {

    private static final String API_KEY = Pipeline.API_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = Pipeline.HTTP;

    private ServiceProcess ingest;
    private ServiceProcess query;

    @BeforeEach
    void services() {
        ingest = Pipeline.get().ingest();
        query = Pipeline.get().query();
    }

    @Test
    void anArticleTravelsFromIngestToSearchAndDetail() throws Exception {
        Path seeds = Path.of(System.getProperty("newslens.seeds", "../seeds"));
        String raw = Files.readString(seeds.resolve("001_729c926d7b373cb7.txt"));
        HttpResponse<String> posted = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.url("/articles")))
                .header("Content-Type", "application/json")
                .header("X-API-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                        "title", "What to expect from China-Russia talks?",
                        "url", "https://example.org/news/china-russia-talks",
                        "source", "example.org",
                        "published", "2023-03-20",
                        "body", raw.substring(raw.indexOf('\n') + 1)))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(202, posted.statusCode(), posted.body());
        String id = JSON.readTree(posted.body()).path("id").asText();
        assertTrue(!id.isEmpty(), posted.body());

        JsonNode hit = awaitSearchHit("Putin", id);
        assertNotNull(hit, "the article is found by a search for Putin; query log:\n" + query.tail());

        JsonNode article = getJson(query.url("/articles/" + id));
        assertEquals(id, article.path("id").asText());
        assertEquals("What to expect from China-Russia talks?", article.path("title").asText());
        boolean putin = false;
        for (JsonNode e : article.path("entities")) {
            if (e.path("type").asText().equals("PERSON") && e.path("name").asText().contains("Putin")) {
                putin = true;
                assertTrue(e.path("mentions").size() > 0, "mentions carry offsets: " + e);
            }
        }
        assertTrue(putin, "Vladimir Putin is one of the article's entities: " + article.path("entities"));
        int attributed = 0;
        for (JsonNode q : article.path("quotes")) {
            if (!q.path("speaker").isMissingNode() && !q.path("speaker").isNull()) {
                attributed++;
            }
        }
        assertTrue(attributed >= 3, "the article's quotes come with speakers: " + article.path("quotes"));
    }

    private JsonNode awaitSearchHit(String q, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode r = getJson(query.url("/articles?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
            for (JsonNode h : r.path("hits")) {
                if (h.path("id").asText().equals(id)) {
                    return h;
                }
            }
            Thread.sleep(250);
        }
        return null;
    }

    static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " -> " + r.body());
        return JSON.readTree(r.body());
    }
}
