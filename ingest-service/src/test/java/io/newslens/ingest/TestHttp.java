package io.newslens.ingest;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;

/** RestAssured sends bodies as UTF-8 and does not add "charset=ISO-8859-1" to text types behind the test's back. */
final class TestHttp {

    private TestHttp() {
    }

    static void configure() {
        RestAssured.config = RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .defaultContentCharset("UTF-8")
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                .encodeContentTypeAs("application/x-ndjson", io.restassured.http.ContentType.TEXT));
    }
}
