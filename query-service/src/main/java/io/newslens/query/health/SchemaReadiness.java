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
 * Ready only once analysis-service has created the schema this service reads: the stored analysis and every read-side
 * table (entity stats, the rollups, entity pairs, speaker totals, source days, lead terms and pairs, lexeme counts,
 * data versions, quotes about entities); until then some endpoint would fail.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    static final List<String> TABLES = List.of("article", "entity", "entity_alias", "article_entity", "mention", "quote",
            "entity_stats", "entity_month", "entity_source", "speaker_month", "speaker_total", "speaker_source",
            "entity_pair_month", "entity_pair_total", "lead_term", "source_day", "lexeme_articles", "lead_pair",
            "source_month_version", "source_day_version", "entity_names_version", "quote_about");

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
            return missing.isEmpty() ? builder.up().build()
                    : builder.down().withData("missing tables", String.join(", ", missing)).build();
        } catch (DataAccessException e) {
            return builder.down().withData("error", e.getMessage()).build();
        }
    }
}
