package io.newslens.query.api;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class ApiSurfaceTest {

    @Test
    void openApiDocumentsEveryEndpoint() {
        var doc = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
        for (String path : new String[] {"/articles", "/articles/{id}", "/entities", "/entities/{id}", "/quotes",
                "/stats/top-entities", "/stats/timeline", "/stats/cooccurrence", "/stats/speakers", "/stats/sources",
                "/stats/articles"}) {
            doc.body("paths", hasKey(path));
        }
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void readyOnceTheSchemaExists() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'analysis schema' }.status", equalTo("UP"));
    }

    @Test
    void noCrossOriginAccessByDefault() {
        given().header("Origin", "https://dashboard.example").when().get("/stats/sources").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
