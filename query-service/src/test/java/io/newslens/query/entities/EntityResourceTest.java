package io.newslens.query.entities;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.query.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class EntityResourceTest {

    @Test
    void findsByNamePrefixWordAndAliasIgnoringCaseAndAccents() {
        given().queryParam("q", "putin").when().get("/entities").then().statusCode(200)
                .body("items.id", contains((int) Fixtures.PUTIN))
                .body("items[0].articleCount", equalTo(4))
                .body("items[0].aliases", contains("Putin", "Vladimir Putin"));
        given().queryParam("q", "VLAD").when().get("/entities").then()
                .body("items.id", contains((int) Fixtures.PUTIN));
        given().queryParam("q", "eu").when().get("/entities").then()
                .body("items[0].id", equalTo((int) Fixtures.EU));
        given().queryParam("q", "the Kremlin").when().get("/entities").then()
                .body("items.id", contains((int) Fixtures.KREMLIN));
        given().queryParam("q", "jose marti").when().get("/entities").then()
                .body("items.id", contains((int) Fixtures.MARTI))
                .body("items[0].articleCount", equalTo(0));
        given().queryParam("q", "50%_").when().get("/entities").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void namesWithApostrophesAmpersandsAndHyphensAreFoundByTheirOwnSpelling() {
        for (String q : List.of("O'Driscoll", "o\u2019driscoll", "Brian O'Driscoll", "brian o'd", "Brian", "Driscoll")) {
            assertEquals(List.of((int) Fixtures.O_DRISCOLL), found(q), q);
        }
        given().queryParam("q", "O'Driscoll").when().get("/entities").then()
                .body("items[0].name", equalTo("Brian O'Driscoll"))
                .body("items[0].aliases", contains("Brian O'Driscoll", "O'Driscoll"));
        for (String q : List.of("Johnson & Johnson", "johnson &", "Johnson")) {
            assertEquals(List.of((int) Fixtures.JOHNSON_AND_JOHNSON), found(q), q);
        }
        for (String q : List.of("Jean-Claude Juncker", "jean-claude", "Juncker")) {
            assertEquals(List.of((int) Fixtures.JUNCKER), found(q), q);
        }
        // punctuation alone folds to nothing: the most mentioned, as without q
        assertEquals((int) Fixtures.PUTIN, found("'&'").get(0));
    }

    private static List<Integer> found(String q) {
        return given().queryParam("q", q).when().get("/entities").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void withoutQueryListsMostMentionedAndFiltersByType() {
        given().when().get("/entities").then().statusCode(200)
                .body("items[0].id", equalTo((int) Fixtures.PUTIN))   // 4 articles, lower id than Xi (4)
                .body("items[1].id", equalTo((int) Fixtures.XI))
                .body("items.id", not(hasItem((int) Fixtures.MARTI)));
        given().queryParam("type", "location").when().get("/entities").then()
                .body("items.type", everyItem(equalTo("LOCATION")))
                .body("items[0].id", equalTo((int) Fixtures.MOSCOW)); // Moscow a1,a3,a7; Beijing a1,a4,a5: tie -> lower id
        given().queryParam("type", "planet").when().get("/entities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", equalTo("must be one of person, organization, location, misc"));
    }

    @Test
    void profile() {
        given().when().get("/entities/" + Fixtures.XI).then().statusCode(200)
                .body("name", equalTo("Xi Jinping"))
                .body("type", equalTo("PERSON"))
                .body("aliases", contains("Xi", "Xi Jinping"))
                .body("articleCount", equalTo(4))
                .body("firstSeen", equalTo("2023-01-02"))
                .body("lastSeen", equalTo("2023-03-21"))
                // Putin and Beijing share 3 articles with Xi; Putin has the lower id
                .body("topCoMentioned[0].entity.name", equalTo("Vladimir Putin"))
                .body("topCoMentioned[0].articles", equalTo(3))
                .body("topCoMentioned[1].entity.name", equalTo("Beijing"))
                .body("latestQuotesBy.text", contains("Open markets benefit everyone", "China and Russia stand together",
                        "Our relations are at their best in history"))
                // quotes by others with "Xi" within 60 characters: Scholz in a5 ("met Xi Jinping in Beijing."),
                // Putin in a1 ("Moscow said Xi would visit in early 2023." just before it)
                .body("latestQuotesAbout.text", contains("Germany wants fair competition",
                        "Dear friend, we expect you in Moscow in the spring"));
    }

    @Test
    void profileCompanionsAreTheMostFrequentAllTime() {
        // Xi's companions: Putin 3 (a1, a3, a5), Beijing 3 (a1, a4, a5), Moscow 2, EU 2, then Russia, Scholz, Ukraine 1
        given().queryParam("companions", 3).queryParam("quotes", 0).when().get("/entities/" + Fixtures.XI).then()
                .statusCode(200)
                .body("topCoMentioned.entity.name", contains("Vladimir Putin", "Beijing", "Moscow"))
                .body("topCoMentioned.articles", contains(3, 3, 2));
    }

    @Test
    void profileOfUnknownOrMalformedIdIs404() {
        given().when().get("/entities/999999").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/entities/xi").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("companions", 51).when().get("/entities/1").then().statusCode(400)
                .body("errors[0].field", equalTo("companions"));
    }
}
