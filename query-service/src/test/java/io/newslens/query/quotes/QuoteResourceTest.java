package io.newslens.query.quotes;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.query.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class QuoteResourceTest {

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

    @Test
    void bothWaysToFindQuotesAboutAnEntityAgree() {
        // the profile walks the newest quotes for very common entities; force that path and compare
        double saved = QuoteSearch.walkFactor;
        try {
            QuoteSearch.walkFactor = Double.MAX_VALUE;
            List<Object> viaMentions = given().when().get("/entities/" + Fixtures.PUTIN).then().statusCode(200)
                    .extract().path("latestQuotesAbout.id");
            QuoteSearch.walkFactor = 0;
            List<Object> viaQuotes = given().when().get("/entities/" + Fixtures.PUTIN).then().statusCode(200)
                    .extract().path("latestQuotesAbout.id");
            assertEquals(4, viaMentions.size());
            assertEquals(viaMentions, viaQuotes);
        } finally {
            QuoteSearch.walkFactor = saved;
        }
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
