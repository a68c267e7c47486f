package io.newslens.query.search;

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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class SearchResourceTest {

    @Test
    void searchFindsWordsWithStemmingAndHighlights() {
        given().queryParam("q", "sanction").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(2))
                .body("totalRelation", equalTo("eq"))
                .body("sort", equalTo("relevance"))
                .body("hits.id", containsInAnyOrder("a2", "a3"))
                .body("hits.snippet", everyItem(containsString("<mark>")))
                .body("hits.score", everyItem(notNullValue()));
    }

    @Test
    void titleMatchesRankAboveBodyMatches() {
        // "summit" is in a4's title and body; nowhere else. "Moscow" is in a3's title, in a1's and a7's body only.
        given().queryParam("q", "moscow").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(3))
                .body("hits[0].id", equalTo("a3"));
    }

    @Test
    void phraseAndExclusionSyntax() {
        given().queryParam("q", "\"video call\"").when().get("/articles").then()
                .body("hits.id", contains("a1"));
        given().queryParam("q", "call video").when().get("/articles").then()
                .body("hits.id", contains("a1"));
        given().queryParam("q", "\"call video\"").when().get("/articles").then()
                .body("total", equalTo(0));
        given().queryParam("q", "gas -pipeline").when().get("/articles").then()
                .body("hits.id", contains("a2"));
        given().queryParam("q", "grain or summit").when().get("/articles").then()
                .body("hits.id", containsInAnyOrder("a4", "a7"));
    }

    @Test
    void snippetsAreEscapedHtml() {
        String snippet = given().queryParam("q", "friend").when().get("/articles").then().statusCode(200)
                .extract().path("hits[0].snippet");
        assertTrue(snippet.contains("Dear <mark>friend</mark>"), snippet);
        assertTrue(!snippet.contains("\""), "quotes are escaped: " + snippet);
        assertTrue(!snippet.contains("\u0002") && !snippet.contains("\n"), snippet);
    }

    @Test
    void withoutQueryListsNewestFirstWithPlainSnippets() {
        given().when().get("/articles").then().statusCode(200)
                .body("total", equalTo(Fixtures.ARTICLES.size()))
                .body("sort", equalTo("date"))
                .body("hits.id", contains("a7", "a6", "a5", "a4", "a3", "a2", "a1"))
                .body("hits[0].score", nullValue())
                .body("hits[0].snippet", equalTo("The grain deal for Ukraine was extended. &quot;This is good news for world food prices,&quot; one diplomat said. Moscow signalled consent."))
                .body("hits[1].published", nullValue())
                .body("hits[1].dated", equalTo("2023-04-02"));
    }

    @Test
    void filtersCombine() {
        given().queryParam("entity", Fixtures.XI).when().get("/articles").then()
                .body("hits.id", contains("a5", "a4", "a3", "a1"));
        given().queryParam("entity", Fixtures.XI).queryParam("entity", Fixtures.SCHOLZ).when().get("/articles").then()
                .body("hits.id", contains("a5"));
        given().queryParam("speaker", Fixtures.PUTIN).when().get("/articles").then()
                .body("total", equalTo(2)).body("hits.id", contains("a3", "a1"));
        given().queryParam("source", "wire-east").when().get("/articles").then()
                .body("hits.id", contains("a6", "a3", "a2"));
        given().queryParam("from", "2023-01-05").queryParam("to", "2023-03-20").when().get("/articles").then()
                .body("hits.id", contains("a4", "a3", "a2"));
        given().queryParam("q", "sanctions").queryParam("entity", Fixtures.XI).when().get("/articles").then()
                .body("total", equalTo(1)).body("hits.id", contains("a3"));
        given().queryParam("q", "putin").queryParam("sort", "date").when().get("/articles").then()
                .body("sort", equalTo("date")).body("hits.id", contains("a5", "a3", "a2", "a1"));
    }

    @Test
    void cursorPagesThroughEveryHitOnceInBothOrders() {
        for (String sort : List.of("relevance", "date")) {
            List<String> all = given().queryParam("q", "putin or xi or moscow").queryParam("sort", sort).queryParam("limit", 100)
                    .when().get("/articles").then().statusCode(200).extract().path("hits.id");
            List<String> paged = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                var req = given().queryParam("q", "putin or xi or moscow").queryParam("sort", sort).queryParam("limit", 2);
                if (cursor != null) {
                    req.queryParam("cursor", cursor);
                }
                JsonPath page = req.when().get("/articles").then().statusCode(200).extract().jsonPath();
                assertEquals(all.size(), page.getInt("total"));
                paged.addAll(page.getList("hits.id"));
                cursor = page.getString("nextCursor");
                pages++;
            } while (cursor != null && pages < 10);
            assertEquals(all, paged, sort);
            assertEquals((all.size() + 1) / 2, pages, sort);
        }
    }

    @Test
    void clientMistakesAreProblemsNamingTheParameter() {
        given().queryParam("from", "2023-13-01").when().get("/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("type", notNullValue()).body("title", notNullValue()).body("detail", notNullValue())
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("not a date in the form YYYY-MM-DD"));
        given().queryParam("from", "2023-02-01").queryParam("to", "2023-01-01").when().get("/articles").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("limit", 101).when().get("/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("must be at most 100"));
        given().queryParam("limit", 0).when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "ten").when().get("/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("limit")).body("errors[0].message", equalTo("must be a whole number"));
        given().queryParam("entity", "putin").when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("entity"));
        given().queryParam("sort", "popularity").when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("sort")).body("errors[0].message", equalTo("must be one of relevance, date"));
        given().queryParam("sort", "relevance").when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("cursor", "not-a-cursor!").when().get("/articles").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
        given().queryParam("q", "x".repeat(501)).when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("q")).body("errors[0].message", equalTo("must be at most 500 characters"));
        given().queryParam("limit", 500).queryParam("from", "yesterday").when().get("/articles").then().statusCode(400)
                .body("errors.field", hasItem("limit"));
    }

    @Test
    void cursorOfOneOrderIsRefusedByTheOther() {
        String dateCursor = given().queryParam("q", "putin").queryParam("sort", "date").queryParam("limit", 1)
                .when().get("/articles").then().extract().path("nextCursor");
        given().queryParam("q", "putin").queryParam("cursor", dateCursor).when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        // a well-formed cursor carrying garbage in its key
        String forged = java.util.Base64.getUrlEncoder().encodeToString("[\"d\",\"yesterday\",\"a1\"]".getBytes());
        given().queryParam("cursor", forged).when().get("/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void oddButHarmlessQueriesAreNotErrors() {
        given().queryParam("q", "!!! & | ( ) ' \" :*").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(0));
        given().queryParam("q", "   ").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(Fixtures.ARTICLES.size()));
        given().queryParam("source", "no-such-source").when().get("/articles").then().statusCode(200)
                .body("total", equalTo(0)).body("hits", equalTo(List.of())).body("nextCursor", nullValue());
        given().queryParam("q", "the").when().get("/articles").then().statusCode(200).body("total", equalTo(0))
                .body("hits.id", not(hasItem("a1")));
    }
}
