package io.newslens.query.articles;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.query.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class ArticleResourceTest {

    @Test
    void articleWithEntitiesMentionsAndQuotes() {
        JsonPath a = given().when().get("/articles/a1").then().statusCode(200)
                .body("id", equalTo("a1"))
                .body("source", equalTo("tomorrows-affairs"))
                .body("analyzerVersion", equalTo("test-1"))
                .body("dated", equalTo("2023-01-02"))
                .extract().jsonPath();
        String title = a.getString("title");
        String body = a.getString("body");
        List<Map<String, Object>> entities = a.getList("entities");
        assertEquals(4, entities.size(), "Putin, Xi, Moscow, Beijing");
        Map<String, Object> putin = entities.stream().filter(e -> ((Number) e.get("id")).longValue() == Fixtures.PUTIN)
                .findFirst().orElseThrow();
        assertEquals("PERSON", putin.get("type"));
        assertEquals(List.of("Putin", "Vladimir Putin"), putin.get("aliases"));
        assertEquals(List.of("Putin", "Vladimir Putin"), putin.get("namesUsed"));
        assertEquals(4, putin.get("mentionCount")); // title "Putin", body "Vladimir Putin", "Putin said", "told Putin"
        // every mention's offsets point at its surface text in the named section
        int checked = 0;
        for (Map<String, Object> e : entities) {
            List<Map<String, Object>> mentions = (List<Map<String, Object>>) e.get("mentions");
            assertEquals(e.get("mentionCount"), mentions.size());
            for (Map<String, Object> m : mentions) {
                String text = "TITLE".equals(m.get("section")) ? title : body;
                assertEquals(m.get("surface"), text.substring((Integer) m.get("start"), (Integer) m.get("end")));
                checked++;
            }
        }
        assertTrue(checked >= 10, "mentions checked: " + checked);
        List<Map<String, Object>> quotes = a.getList("quotes");
        assertEquals(2, quotes.size());
        for (Map<String, Object> q : quotes) {
            assertEquals(q.get("text"), body.substring((Integer) q.get("start"), (Integer) q.get("end")));
        }
        assertEquals(Map.of("id", 1, "name", "Vladimir Putin", "type", "PERSON"), quotes.get(0).get("speaker"));
        assertEquals("said", quotes.get(0).get("cue"));
        assertEquals(0.9f, ((Number) quotes.get(0).get("confidence")).floatValue());
        assertEquals("told", quotes.get(1).get("cue"));
    }

    @Test
    void unattributedQuoteHasNoSpeakerButKeepsTheName() {
        given().when().get("/articles/a7").then().statusCode(200)
                .body("quotes[0].speaker", nullValue())
                .body("quotes[0].speakerName", equalTo("one diplomat"));
    }

    @Test
    void articleWithoutAnalysisFindingsHasEmptyLists() {
        given().when().get("/articles/a6").then().statusCode(200)
                .body("published", nullValue())
                .body("entities.size()", equalTo(0))
                .body("quotes.size()", equalTo(0));
    }

    @Test
    void unknownArticleIsA404Problem() {
        given().when().get("/articles/nope").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("nope"))
                .body("instance", equalTo("/articles/nope"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().when().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }
}
