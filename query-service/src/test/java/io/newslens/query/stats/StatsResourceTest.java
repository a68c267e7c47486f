package io.newslens.query.stats;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.newslens.query.support.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class StatsResourceTest {

    @Test
    void topEntitiesAllTimeAndFiltered() {
        given().queryParam("type", "person").when().get("/stats/top-entities").then().statusCode(200)
                .body("items.name", contains("Vladimir Putin", "Xi Jinping", "Olaf Scholz"))
                .body("items.articles", contains(4, 4, 2))
                .body("items[0].mentions", equalTo(4 + 1 + 4 + 1)); // a1 4, a2 1, a3 4, a5 1
        given().queryParam("limit", 5).when().get("/stats/top-entities").then().statusCode(200)
                .body("items.name", contains("Vladimir Putin", "Xi Jinping", "Moscow", "Beijing", "European Union"))
                .body("items.articles", contains(4, 4, 3, 3, 3));
    }

    @Test
    void topEntitiesInARangeAndSource() {
        // March 2023: a4 (Xi, Beijing, EU), a5 (Scholz, Xi, Beijing, Putin, Ukraine)
        given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-31").queryParam("limit", 2)
                .when().get("/stats/top-entities").then().statusCode(200)
                .body("from", equalTo("2023-03-01"))
                .body("items.name", contains("Xi Jinping", "Beijing"))
                .body("items.articles", contains(2, 2));
        given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-31").queryParam("type", "person")
                .when().get("/stats/top-entities").then().statusCode(200)
                .body("items.name", contains("Xi Jinping", "Vladimir Putin", "Olaf Scholz"))
                .body("items.articles", contains(2, 1, 1));
        given().queryParam("source", "wire-east").queryParam("type", "organization")
                .when().get("/stats/top-entities").then()
                .body("items.name", contains("European Union", "Kremlin"))
                .body("items.articles", contains(2, 1));
    }

    @Test
    void timelineIsZeroFilled() {
        JsonPath t = given().queryParam("entity", Fixtures.XI).queryParam("entity", Fixtures.SCHOLZ)
                .queryParam("interval", "month").queryParam("from", "2022-12-15").queryParam("to", "2023-04-30")
                .when().get("/stats/timeline").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("2022-12-01", "2023-01-01", "2023-02-01", "2023-03-01", "2023-04-01"), t.getList("buckets"));
        assertEquals("Xi Jinping", t.getString("series[0].entity.name"));
        assertEquals(List.of(0, 1, 1, 2, 0), t.getList("series[0].articles"));
        assertEquals(List.of(0, 1, 0, 1, 0), t.getList("series[1].articles"));
        assertEquals(5, t.getList("series[1].mentions").size());
    }

    @Test
    void timelineDefaultsToTheEntitiesSpanInWeeks() {
        JsonPath t = given().queryParam("entity", Fixtures.SCHOLZ).when().get("/stats/timeline").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("week", t.getString("interval"));
        assertEquals("2023-01-05", t.getString("from"));
        assertEquals("2023-03-21", t.getString("to"));
        List<String> buckets = t.getList("buckets");
        assertEquals("2023-01-02", buckets.get(0)); // the Monday of the week of Jan 5
        assertEquals("2023-03-20", buckets.get(buckets.size() - 1));
        assertEquals(12, buckets.size());
        List<Integer> counts = t.getList("series[0].articles");
        assertEquals(2, counts.stream().mapToInt(Integer::intValue).sum());
        assertEquals(1, counts.get(0));
        assertEquals(1, counts.get(11));
    }

    @Test
    void timelineOfOneSource() {
        JsonPath t = given().queryParam("entity", Fixtures.XI).queryParam("source", "wire-east")
                .queryParam("interval", "month").queryParam("from", "2022-12-15").queryParam("to", "2023-04-30")
                .when().get("/stats/timeline").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(0, 0, 1, 0, 0), t.getList("series[0].articles")); // a3; a1 and a4, a5 are other sources'
    }

    @Test
    void articlesPerIntervalAgreeWithTheCorpus() {
        for (Interval interval : Interval.values()) {
            for (String source : new String[] {null, "wire-east", "daily-courier"}) {
                var request = given().queryParam("interval", interval.sqlName());
                if (source != null) {
                    request.queryParam("source", source);
                }
                JsonPath r = request.when().get("/stats/articles").then().statusCode(200).extract().jsonPath();
                // by definition: every fixture article of the source, counted in the bucket holding its date
                List<LocalDate> dates = Fixtures.ARTICLES.stream().filter(a -> source == null || a.source().equals(source))
                        .map(Fixtures.Article::dated).sorted().toList();
                String label = interval + " " + source;
                assertEquals(dates.get(0).toString(), r.getString("from"), label);
                assertEquals(dates.get(dates.size() - 1).toString(), r.getString("to"), label);
                List<String> buckets = r.getList("buckets");
                List<Integer> counts = r.getList("articles");
                assertEquals(buckets.size(), counts.size(), label);
                assertEquals(interval.start(dates.get(0)).toString(), buckets.get(0), label);
                Map<String, Integer> expected = new TreeMap<>();
                dates.forEach(d -> expected.merge(interval.start(d).toString(), 1, Integer::sum));
                for (int i = 0; i < buckets.size(); i++) {
                    assertEquals(expected.getOrDefault(buckets.get(i), 0), counts.get(i), label + " " + buckets.get(i));
                }
                assertEquals(dates.size(), counts.stream().mapToInt(Integer::intValue).sum(), label);
            }
        }
    }

    @Test
    void articlesInARange() {
        // weeks from Monday 13 March: a4, a5 (20, 21 March), a6 (Sunday 2 April), a7 (Monday 3 April)
        given().queryParam("interval", "week").queryParam("from", "2023-03-13").queryParam("to", "2023-04-09")
                .when().get("/stats/articles").then().statusCode(200)
                .body("buckets", contains("2023-03-13", "2023-03-20", "2023-03-27", "2023-04-03"))
                .body("articles", contains(0, 2, 1, 1));
        given().queryParam("source", "no-such-source").when().get("/stats/articles").then().statusCode(200)
                .body("articles", everyItem(equalTo(0)));
        given().queryParam("interval", "hour").when().get("/stats/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("interval"));
        given().queryParam("interval", "day").queryParam("from", "2000-01-01").queryParam("to", "2023-01-01")
                .when().get("/stats/articles").then().statusCode(400).body("errors[0].field", equalTo("interval"));
        given().queryParam("from", "2023-13-01").when().get("/stats/articles").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void timelineMistakes() {
        given().when().get("/stats/timeline").then().statusCode(400).body("errors[0].field", equalTo("entity"));
        given().queryParam("entity", 424242).when().get("/stats/timeline").then().statusCode(400)
                .body("errors[0].field", equalTo("entity"));
        given().queryParam("entity", 1).queryParam("interval", "hour").when().get("/stats/timeline").then()
                .statusCode(400).body("errors[0].field", equalTo("interval"));
        given().queryParam("entity", 1).queryParam("interval", "day").queryParam("from", "2000-01-01")
                .queryParam("to", "2023-01-01").when().get("/stats/timeline").then()
                .statusCode(400).body("errors[0].field", equalTo("interval"));
    }

    @Test
    void cooccurrenceGraph() {
        JsonPath g = given().queryParam("entity", Fixtures.XI).queryParam("limit", 3).when().get("/stats/cooccurrence")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Xi Jinping", "Vladimir Putin", "Beijing", "Moscow"), g.getList("nodes.name"));
        assertEquals(4, g.getInt("nodes[0].articles"));
        assertEquals(List.of(3, 3, 2), g.getList("edges.weight"));
        assertEquals(List.of((int) Fixtures.XI, (int) Fixtures.XI, (int) Fixtures.XI), g.getList("edges.source"));

        JsonPath all = given().queryParam("entity", Fixtures.XI).queryParam("limit", 3).queryParam("links", "all")
                .when().get("/stats/cooccurrence").then().statusCode(200).extract().jsonPath();
        // all articles mentioning both: Putin+Moscow a1 and a3 (2), Putin+Beijing a1 and a5 (2), Moscow+Beijing a1 (1)
        assertEquals(6, all.getList("edges").size());
        assertEquals(List.of(2, 2, 1), all.getList("edges.weight").subList(3, 6));
    }

    @Test
    void cooccurrenceLinksBetweenCompanionsCountEveryArticle() {
        // Scholz: a2 (EU, Russia, Kremlin, Putin) and a5 (Beijing, Xi, Putin, Ukraine); Putin 2, then the ones at 1 by id
        JsonPath g = given().queryParam("entity", Fixtures.SCHOLZ).queryParam("limit", 3).queryParam("links", "all")
                .when().get("/stats/cooccurrence").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Olaf Scholz", "Vladimir Putin", "Xi Jinping", "Beijing"), g.getList("nodes.name"));
        assertEquals(List.of(2, 2, 1, 1), g.getList("nodes.articles"));
        // between companions, not only within Scholz's articles (there each pair would be 1, from a5):
        // Putin+Xi a1, a3, a5; Xi+Beijing a1, a4, a5; Putin+Beijing a1, a5
        assertEquals(List.of((int) Fixtures.SCHOLZ, (int) Fixtures.SCHOLZ, (int) Fixtures.SCHOLZ,
                (int) Fixtures.PUTIN, (int) Fixtures.XI, (int) Fixtures.PUTIN), g.getList("edges.source"));
        assertEquals(List.of((int) Fixtures.PUTIN, (int) Fixtures.XI, (int) Fixtures.BEIJING,
                (int) Fixtures.XI, (int) Fixtures.BEIJING, (int) Fixtures.BEIJING), g.getList("edges.target"));
        assertEquals(List.of(2, 1, 1, 3, 3, 2), g.getList("edges.weight"));
    }

    @Test
    void cooccurrenceInARangeCountsTheEdgeDaysToo() {
        // 2023-01-05..2023-03-20: February from the monthly rollup, January 5-31 and March 1-20 from article_entity:
        // a2 (Jan 5: EU, Russia, Scholz, Kremlin, Putin), a3 (Feb 14: Putin, Xi, Moscow, Russia, EU),
        // a4 (Mar 20: Beijing, Xi, EU); not a1 (Jan 2) nor a5 (Mar 21). Xi is in a3 and a4: EU 2, the rest 1
        JsonPath g = given().queryParam("entity", Fixtures.XI).queryParam("limit", 3).queryParam("links", "all")
                .queryParam("from", "2023-01-05").queryParam("to", "2023-03-20")
                .when().get("/stats/cooccurrence").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Xi Jinping", "European Union", "Vladimir Putin", "Moscow"), g.getList("nodes.name"));
        assertEquals(List.of(2, 2, 1, 1), g.getList("nodes.articles"));
        // Putin+EU in a2 (a January edge day) and a3; Putin+Moscow and Moscow+EU in a3
        assertEquals(List.of(2, 1, 1, 2, 1, 1), g.getList("edges.weight"));
        assertEquals(List.of((int) Fixtures.PUTIN, (int) Fixtures.PUTIN, (int) Fixtures.MOSCOW), g.getList("edges.source").subList(3, 6));
        assertEquals(List.of((int) Fixtures.EU, (int) Fixtures.MOSCOW, (int) Fixtures.EU), g.getList("edges.target").subList(3, 6));

        // open-ended: March 21-31 from article_entity, April on from the rollup: a5 only (Xi has no April article)
        given().queryParam("entity", Fixtures.XI).queryParam("limit", 2).queryParam("from", "2023-03-21")
                .when().get("/stats/cooccurrence").then().statusCode(200)
                .body("nodes.name", contains("Xi Jinping", "Vladimir Putin", "Beijing"))
                .body("nodes.articles", contains(1, 1, 1));
        // whole months only (January and February): a1, a3 for Xi; Putin and Moscow in both
        given().queryParam("entity", Fixtures.XI).queryParam("limit", 2).queryParam("to", "2023-02-28")
                .when().get("/stats/cooccurrence").then().statusCode(200)
                .body("nodes.name", contains("Xi Jinping", "Vladimir Putin", "Moscow"))
                .body("nodes.articles", contains(2, 2, 2));
    }

    @Test
    void cooccurrenceMistakes() {
        given().when().get("/stats/cooccurrence").then().statusCode(400).body("errors[0].field", equalTo("entity"));
        given().queryParam("entity", 424242).when().get("/stats/cooccurrence").then().statusCode(404);
        given().queryParam("entity", 1).queryParam("links", "some").when().get("/stats/cooccurrence").then()
                .statusCode(400).body("errors[0].field", equalTo("links"));
    }

    @Test
    void rangesCutAcrossMonthsCountTheEdgeDaysToo() {
        // 2023-01-05..2023-03-20: January to March from the monthly rollup less January 1-4 and March 21-31 from the
        // base tables: a2 (Jan 5), a3 (Feb 14), a4 (Mar 20); not a1 (Jan 2) nor a5 (Mar 21)
        given().queryParam("from", "2023-01-05").queryParam("to", "2023-03-20").queryParam("limit", 4)
                .when().get("/stats/top-entities").then().statusCode(200)
                .body("items.name", contains("European Union", "Vladimir Putin", "Xi Jinping", "Russia"))
                .body("items.articles", contains(3, 2, 2, 2));
        given().queryParam("from", "2023-01-05").queryParam("to", "2023-03-20").when().get("/stats/speakers").then()
                .statusCode(200)
                .body("items.name", contains("Xi Jinping", "Vladimir Putin", "Olaf Scholz"))
                .body("items.quotes", contains(2, 1, 1))
                .body("items.articles", contains(2, 1, 1))
                .body("items[0].lastQuoted", equalTo("2023-03-20"));
        // open-ended: February less February 1-13 (no quotes), every month after from the rollup
        given().queryParam("from", "2023-02-14").when().get("/stats/speakers").then()
                .body("items.name", contains("Xi Jinping", "Vladimir Putin", "Olaf Scholz"))
                .body("items.quotes", contains(2, 1, 1));
        // within one month only
        given().queryParam("from", "2023-03-21").queryParam("to", "2023-03-25").queryParam("type", "person")
                .when().get("/stats/top-entities").then()
                .body("items.name", contains("Vladimir Putin", "Xi Jinping", "Olaf Scholz"));
    }

    @Test
    void daysSubtractedFromARolledUpMonthAreExact() {
        // 2023-01-03..2023-03-31: January less January 1-2 (a1), February, March: a2, a3, a4, a5. Moscow is in a1 and
        // a3 (two mentions in each), Beijing in a1, a4, a5
        given().queryParam("from", "2023-01-03").queryParam("to", "2023-03-31").queryParam("type", "location")
                .when().get("/stats/top-entities").then().statusCode(200)
                .body("items.name", contains("Beijing", "Russia", "Moscow", "Ukraine"))
                .body("items.articles", contains(2, 2, 1, 1))
                .body("items[2].mentions", equalTo(2));
        given().queryParam("from", "2023-01-03").queryParam("to", "2023-03-31").when().get("/stats/speakers").then()
                .statusCode(200)
                .body("items.name", contains("Xi Jinping", "Olaf Scholz", "Vladimir Putin"))
                .body("items.quotes", contains(2, 2, 1))
                .body("items.articles", contains(2, 2, 1))
                .body("items.lastQuoted", contains("2023-03-20", "2023-03-21", "2023-02-14"));
        // 2023-01-03..2023-01-31: January less a1; what only a1 mentions or quotes sums to 0 and is left out
        given().queryParam("from", "2023-01-03").queryParam("to", "2023-01-31").queryParam("type", "location")
                .when().get("/stats/top-entities").then().statusCode(200)
                .body("items.name", contains("Russia"))
                .body("items.articles", contains(1));
        given().queryParam("from", "2023-01-03").queryParam("to", "2023-01-31").when().get("/stats/speakers").then()
                .body("items.name", contains("Olaf Scholz"))
                .body("items.quotes", contains(1));
        // the source applies to the subtracted days too: March less March 21-31 (a5, Scholz) in daily-courier
        given().queryParam("from", "2023-03-01").queryParam("to", "2023-03-20").queryParam("source", "daily-courier")
                .when().get("/stats/speakers").then()
                .body("items.name", contains("Xi Jinping"))
                .body("items.quotes", contains(1));
        // up to March 21 (March less 22-31, nothing): a5 counts; from April 1 on: a6 and a7 only
        given().queryParam("to", "2023-03-21").queryParam("type", "person").when().get("/stats/top-entities").then()
                .body("items.name", contains("Vladimir Putin", "Xi Jinping", "Olaf Scholz"))
                .body("items.articles", contains(4, 4, 2));
        given().queryParam("to", "2023-03-20").queryParam("type", "person").when().get("/stats/top-entities").then()
                .body("items.name", contains("Vladimir Putin", "Xi Jinping", "Olaf Scholz"))
                .body("items.articles", contains(3, 3, 1));
    }

    @Test
    void speakersAndSources() {
        given().when().get("/stats/speakers").then().statusCode(200)
                .body("items.name", contains("Xi Jinping", "Vladimir Putin", "Olaf Scholz"))
                .body("items.quotes", contains(3, 2, 2))
                .body("items.articles", contains(3, 2, 2))
                .body("items[0].lastQuoted", equalTo("2023-03-20"));
        given().queryParam("source", "daily-courier").when().get("/stats/speakers").then()
                .body("items.name", contains("Xi Jinping", "Olaf Scholz"))
                .body("items.quotes", contains(1, 1))
                .body("items.articles", contains(1, 1))
                .body("items.lastQuoted", contains("2023-03-20", "2023-03-21"));
        // wire-east: a2 (Scholz), a3 (Xi, Putin)
        given().queryParam("source", "wire-east").when().get("/stats/speakers").then()
                .body("items.name", contains("Vladimir Putin", "Xi Jinping", "Olaf Scholz"))
                .body("items.articles", contains(1, 1, 1))
                .body("items.lastQuoted", contains("2023-02-14", "2023-02-14", "2023-01-05"));
        given().when().get("/stats/sources").then().statusCode(200)
                .body("items.source", contains("wire-east", "daily-courier", "metro-post", "tomorrows-affairs"))
                .body("items.articles", contains(3, 2, 1, 1))
                .body("items[0].firstDated", equalTo("2023-01-05"))
                .body("items[0].lastDated", equalTo("2023-04-02"));
        given().queryParam("from", "2023-04-01").when().get("/stats/sources").then()
                .body("items.source", contains("metro-post", "wire-east"));
        given().queryParam("from", "20230401").when().get("/stats/sources").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }
}
