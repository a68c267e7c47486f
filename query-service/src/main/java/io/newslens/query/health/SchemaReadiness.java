package io.newslens.query.health;

import io.newslens.query.api.DataAccessException;
import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Ready only once analysis-service has created the schema this service reads: its V1 tables and every read-side
 * table since (the rollups of V2, V4-V7 and V10, V8's lead terms, V12's lexeme counts) and V13's two-word phrases in
 * the lead terms; until then some endpoint would fail or, for V13, a quoted name would miss its title+lead tier.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    static final List<String> TABLES = List.of("article", "entity", "entity_alias", "article_entity", "mention", "quote",
            "entity_stats", "entity_month", "entity_source", "speaker_month", "speaker_total", "speaker_source",
            "entity_pair_month", "entity_pair_total", "lead_term", "source_day", "lexeme_articles");
    /** Functions whose version marks what a table holds: V13's lead_pairs, two-word phrases in lead_term. */
    static final List<String> FUNCTIONS = List.of("lead_pairs(tsvector,tsvector)");

    private final Db db;

    public SchemaReadiness(Db db) {
        this.db = db;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("analysis schema");
        try {
            List<String> missing = db.list(new Sql("SELECT t FROM unnest(?::text[]) t WHERE to_regclass(t) IS NULL",
                    (Object) TABLES.toArray(String[]::new)), rs -> rs.getString(1));
            List<String> functions = db.list(new Sql("SELECT f FROM unnest(?::text[]) f WHERE to_regprocedure(f) IS NULL",
                    (Object) FUNCTIONS.toArray(String[]::new)), rs -> rs.getString(1));
            if (missing.isEmpty() && functions.isEmpty()) {
                return builder.up().build();
            }
            builder.down();
            if (!missing.isEmpty()) {
                builder.withData("missing tables", String.join(", ", missing));
            }
            if (!functions.isEmpty()) {
                builder.withData("missing functions", String.join(", ", functions));
            }
            return builder.build();
        } catch (DataAccessException e) {
            return builder.down().withData("error", e.getMessage()).build();
        }
    }
}
