package io.newslens.query.web;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dashboard's files as served: the page, revalidated on every visit, and its bundle. */
@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class DashboardPageTest {

    @Test
    void thePageIsRevalidatedAndItsBundleServed() {
        String page = given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", equalTo("no-cache")).extract().asString();
        // with a query string, as every deep link has
        given().queryParam("view", "entity").queryParam("id", 1).when().get("/").then().statusCode(200)
                .header("Cache-Control", equalTo("no-cache"));
        Matcher js = Pattern.compile("src=\"(/static/bundle/app-[A-Z0-9]+\\.js)\"").matcher(page);
        Matcher css = Pattern.compile("href=\"(/static/bundle/app-[A-Z0-9]+\\.css)\"").matcher(page);
        assertTrue(js.find(), page);
        assertTrue(css.find(), page);
        // (its "immutable" caching comes from Quarkus' static handler in the prod profile only: not seen here)
        String bundle = given().when().get(js.group(1)).then().statusCode(200)
                .contentType(containsString("javascript")).extract().asString();
        given().when().get(css.group(1)).then().statusCode(200);
        // everything the page needs is in the bundle: no script or style from elsewhere
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), page);
        assertTrue(bundle.contains("newslens-ready"), "the bundle is the dashboard's");
    }
}
