package io.newslens.query.health;

import io.newslens.query.api.Db;
import io.newslens.query.support.AnalysisSchema;
import io.newslens.testsupport.PostgresDatabase;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readiness follows the real state of the database: down on an empty one, up after the migrations. */
class SchemaReadinessTest {

    @Test
    void downUntilTheSchemaExists() {
        try (PostgresDatabase db = PostgresDatabase.create()) {
            SchemaReadiness check = new SchemaReadiness(AnalysisSchema.db(db));

            HealthCheckResponse before = check.call();
            assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus());
            assertTrue(before.getData().orElseThrow().get("missing tables").toString().contains("article"));

            // a schema older than this service reads (V10's source_day, V12's lexeme_articles, V13's lead_pair, V14's data
            // versions and V16's quote_about missing): still
            // down, and says why
            AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "9");
            HealthCheckResponse older = check.call();
            assertEquals(HealthCheckResponse.Status.DOWN, older.getStatus());
            assertEquals("source_day, lexeme_articles, lead_pair, source_month_version, source_day_version, entity_names_version, quote_about", older.getData().orElseThrow().get("missing tables").toString());
            AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "11");
            assertEquals("lexeme_articles, lead_pair, source_month_version, source_day_version, entity_names_version, quote_about", check.call().getData().orElseThrow().get("missing tables").toString());
            AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "12");
            assertEquals("lead_pair, source_month_version, source_day_version, entity_names_version, quote_about", check.call().getData().orElseThrow().get("missing tables").toString());
            AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "13");
            assertEquals("source_month_version, source_day_version, entity_names_version, quote_about", check.call().getData().orElseThrow().get("missing tables").toString());
            AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "14");
            assertEquals("quote_about", check.call().getData().orElseThrow().get("missing tables").toString());

            AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
            assertEquals(HealthCheckResponse.Status.UP, check.call().getStatus());
        }
    }

    @Test
    void downWhenTheDatabaseIsUnreachable() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        assertEquals(HealthCheckResponse.Status.DOWN, new SchemaReadiness(new Db(ds)).call().getStatus());
    }
}
