package io.newslens.query.quotes;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.query.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class QuoteResourceTest {

    @Inject
    DataSource dataSource;

    @Test
    void quotesBySpeakerNewestFirst() {
        given().queryParam("speaker", Fixtures.PUTIN).when().get("/quotes").then().statusCode(200)
                .body("total", equalTo(2))
                .body("hits.text", contains("The sanctions hurt Europe more than Russia",
                        "Dear friend, we expect you in Moscow in the spring"))
                .body("hits.speaker.name", everyItem(equalTo("Vladimir Putin")))
                .body("hits[0].articleId", equalTo("a3"))
                .body("hits[0].articleTitle", equalTo("Putin and Xi meet in Moscow"))
                .body("hits[0].dated", equalTo("2023-02-14"));
    }

    @Test
    void textSearchAboutSourceAndDates() {
        given().queryParam("q", "sanctions").when().get("/quotes").then()
                .body("hits.text", contains("The sanctions hurt Europe more than Russia"));
        given().queryParam("about", Fixtures.RUSSIA).when().get("/quotes").then()
                .body("hits.text", contains("The sanctions hurt Europe more than Russia", "China and Russia stand together"));
        given().queryParam("about", Fixtures.PUTIN).when().get("/quotes").then()
                // Putin named within 60 characters of someone else's quote; his own quotes are not "about" him
                .body("total", equalTo(4))
                .body("hits.text", contains("Germany wants fair competition", "China and Russia stand together",
                        "We will not be blackmailed over energy", "Our relations are at their best in history"));
        given().queryParam("source", "daily-courier").when().get("/quotes").then()
                .body("hits.text", contains("Germany wants fair competition", "Open markets benefit everyone"));
        given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-31").when().get("/quotes").then()
                .body("total", equalTo(2));
        given().queryParam("speaker", Fixtures.XI).queryParam("q", "markets").when().get("/quotes").then()
                .body("total", equalTo(1));
    }

    /** Quotes about each entity by the definition, newest first: a body mention within 60 characters, not the speaker. */
    private List<Long> aboutByDefinition(long entity) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT q.id FROM quote q WHERE q.speaker_id IS DISTINCT FROM ? AND EXISTS (SELECT 1 FROM mention m
                    WHERE m.article_id = q.article_id AND m.entity_id = ? AND m.section = 'BODY'
                    AND m.start_offset < q.end_offset + 60 AND m.end_offset > q.start_offset - 60)
                ORDER BY q.dated DESC, q.id DESC""")) {
            ps.setLong(1, entity);
            ps.setLong(2, entity);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    @Test
    void quotesAboutEveryEntityAsDefined() throws SQLException {
        int nonEmpty = 0;
        for (long entity = 1; entity <= 10; entity++) {
            List<Long> expected = aboutByDefinition(entity);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            JsonPath all = given().queryParam("about", entity).queryParam("limit", 100).when().get("/quotes").then()
                    .statusCode(200).extract().jsonPath();
            assertEquals(expected, all.getList("hits.id", Long.class), "quotes about " + entity);
            assertEquals(expected.size(), all.getInt("total"));
            // page by page through the cursor, two at a time
            List<Long> paged = new ArrayList<>();
            String cursor = null;
            do {
                JsonPath page = given().queryParam("about", entity).queryParam("limit", 2)
                        .queryParam("cursor", cursor == null ? "" : cursor).when().get("/quotes").then().statusCode(200)
                        .extract().jsonPath();
                paged.addAll(page.getList("hits.id", Long.class));
                cursor = page.getString("nextCursor");
            } while (cursor != null);
            assertEquals(expected, paged, "quotes about " + entity + ", paged");
            List<Long> profile = given().when().get("/entities/" + entity).then().statusCode(200).extract().jsonPath()
                    .getList("latestQuotesAbout.id", Long.class);
            assertEquals(expected.subList(0, Math.min(5, expected.size())), profile, "profile of " + entity);
        }
        assertTrue(nonEmpty >= 3, "the fixtures must have quotes about several entities, or this proves little");
    }

    @Test
    void pagesWithCursor() {
        List<Object> all = given().queryParam("limit", 100).when().get("/quotes").then().extract().path("hits.id");
        assertEquals(8, all.size());
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            var req = given().queryParam("limit", 3);
            if (cursor != null) {
                req.queryParam("cursor", cursor);
            }
            JsonPath page = req.when().get("/quotes").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("hits.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null && paged.size() < 20);
        assertEquals(all, paged);
    }

    @Test
    void mistakes() {
        given().queryParam("speaker", "putin").when().get("/quotes").then().statusCode(400)
                .body("errors[0].field", equalTo("speaker"));
        given().queryParam("to", "03/01/2023").when().get("/quotes").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("cursor", "eyJ4Ijox").when().get("/quotes").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().queryParam("limit", 1000).when().get("/quotes").then().statusCode(400)
                .body("errors[0].message", equalTo("must be at most 100"));
    }
}
