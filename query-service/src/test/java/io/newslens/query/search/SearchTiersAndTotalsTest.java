package io.newslens.query.search;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Totals are exact up to the configured number of matches, then "at least" that many, and paging is unaffected;
 * relevance puts title and lead matches first. The fixtures plus one long article whose only match for
 * "pipeline" lies past its lead.
 */
@QuarkusTest
@TestProfile(SearchTiersAndTotalsTest.ExactUpToThree.class)
@QuarkusTestResource(value = SearchTiersAndTotalsTest.WithLongArticle.class, restrictToAnnotatedClass = true)
class SearchTiersAndTotalsTest {

    public static class WithLongArticle extends AnalysedDatabaseResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = super.start();
            String body = "Engineers worked through the winter on the new line across the plain. ".repeat(8)
                    + "The pipeline was finished in May.";
            try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.getOrDefault("quarkus.datasource.password", ""));
                 PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, revision, source, title, body, received_at,"
                         + " dated, analyzed_at, analyzer_version) VALUES ('z1', 'r1', 'long-reads', 'A long read', ?, now(),"
                         + " '2023-05-01', now(), 'test-1')")) {
                ps.setString(1, body);
                ps.executeUpdate();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return config;
        }
    }

    @Test
    void titleAndLeadMatchesFirstByScoreThenBodyMatchesNewestFirstWithScoreZero() {
        // a4: "summit" in title and body; a1: "pipeline" in its short body; z1: "pipeline" only past 400 characters
        JsonPath page = given().queryParam("q", "pipeline or summit").when().get("/articles").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("a4", "a1", "z1"), page.getList("hits.id"));
        assertTrue(page.getFloat("hits[1].score") > 0);
        assertEquals(0f, page.getFloat("hits[2].score"));
        assertTrue(page.getString("hits[2].snippet").contains("<mark>pipeline</mark>"), page.getString("hits[2].snippet"));
        // paging across the two tiers, one hit per page
        assertEquals(List.of("a4", "a1", "z1"), onePerPage("pipeline or summit", "relevance"));
    }

    @Test
    void oneWordReadsTheLeadTierFromItsTermsThenTheBodyTier() {
        // one lexeme: the lead tier comes from V8's lead_term, the body tier as for any query
        JsonPath page = given().queryParam("q", "Pipelines").when().get("/articles").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("a1", "z1"), page.getList("hits.id"));
        assertTrue(page.getFloat("hits[0].score") > 0);
        assertEquals(0f, page.getFloat("hits[1].score"));
        assertEquals(2, page.getInt("total"));
        assertEquals("eq", page.getString("totalRelation"));
        assertEquals(List.of("a1", "z1"), onePerPage("pipeline", "relevance"));
        assertEquals(List.of("z1", "a1"), onePerPage("pipeline", "date"));
        // filtered by the lead's source and by dates, as lead_term carries them
        given().queryParam("q", "pipeline").queryParam("source", "long-reads").when().get("/articles").then()
                .statusCode(200).body("hits.id", equalTo(List.of("z1"))).body("total", equalTo(1));
        given().queryParam("q", "pipeline").queryParam("from", "2023-03-01").when().get("/articles").then()
                .statusCode(200).body("hits.id", equalTo(List.of("z1")));
    }

    public static class ExactUpToThree implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newslens.search.exact-total-up-to", "3");
        }
    }

    @Test
    void beyondTheLimitTotalIsALowerBound() {
        // "putin" is in a1, a2, a3, a5
        given().queryParam("q", "putin").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(3)).body("totalRelation", equalTo("gte")).body("hits.size()", equalTo(4));
        given().queryParam("q", "sanctions").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(2)).body("totalRelation", equalTo("eq"));
        given().when().get("/articles").then().statusCode(200)
                .body("total", equalTo(3)).body("totalRelation", equalTo("gte"));
        given().queryParam("q", "xi").queryParam("entity", 2).queryParam("from", "2023-03-01").when().get("/articles").then()
                .body("total", equalTo(2)).body("totalRelation", equalTo("eq"));
    }

    @Test
    void everyMatchIsStillReachedThroughTheCursor() {
        for (String sort : List.of("relevance", "date")) {
            List<String> ids = onePerPage("putin", sort);
            assertEquals(4, ids.size(), sort + ": " + ids);
            assertEquals(4, ids.stream().distinct().count(), sort + ": " + ids);
        }
    }

    @Test
    void relevanceOrderIsTheSameWhicheverPathReadsTheScores() throws Exception {
        // limit 3: "European Union" and "putin said", 3 matches each, cut from the pass over the matches with the
        // scores read after it; xi jinping, 4 matches: the tiers read from the indexes; "Xi Jinping" in 4 titles and
        // leads: its lead tier from lead_term's pairs (V13), which prove the total too
        for (String q : List.of("\"European Union\"", "putin said", "xi jinping", "\"Xi Jinping\"")) {
            assertEquals(byDefinition(q), onePerPage(q, "relevance"), q);
        }
        given().queryParam("q", "\"Xi Jinping\"").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(3)).body("totalRelation", equalTo("gte")).body("hits.size()", equalTo(4));
        assertEquals(List.of("a5", "a4", "a3", "a1"), onePerPage("\"Xi Jinping\"", "date"));
    }

    /** Matches in relevance order as the API documents it: title+lead matches by ts_rank_cd, then newest first. */
    private static List<String> byDefinition(String q) throws Exception {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""))) {
            return SearchOracle.byRelevance(c, q, SearchOracle.Filters.NONE);
        }
    }

    /** The ids of every page of a search, one hit per page, following nextCursor (at most ten pages). */
    private static List<String> onePerPage(String q, String sort) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().queryParam("q", q).queryParam("sort", sort).queryParam("limit", 1);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.when().get("/articles").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("hits.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && ids.size() < 10);
        return ids;
    }
}
