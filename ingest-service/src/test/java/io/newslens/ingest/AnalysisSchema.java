package io.newslens.ingest;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The analysis schema in the test database, created from analysis-service's own migrations, and rows written the way
 * analysis-service would write them (ingest-service itself only reads).
 */
final class AnalysisSchema {

    private static final Set<String> MIGRATED = new HashSet<>();

    private AnalysisSchema() {
    }

    static synchronized void ensure() {
        String url = url();
        if (MIGRATED.add(url)) {
            Flyway.configure()
                    .dataSource(url, user(), password())
                    .locations("filesystem:../analysis-service/src/main/resources/db/migration")
                    .load()
                    .migrate();
        }
    }

    static void insertAnalysed(String id, String revision, String body, String analyzerVersion) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article (id, revision, body, received_at, dated, analyzed_at, analyzer_version)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, analyzed_at = excluded.analyzed_at,
                    analyzer_version = excluded.analyzer_version""")) {
            Instant now = Instant.now();
            ps.setString(1, id);
            ps.setString(2, revision);
            ps.setString(3, body);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setObject(5, LocalDate.now());
            ps.setTimestamp(6, Timestamp.from(now));
            ps.setString(7, analyzerVersion);
            ps.executeUpdate();
        }
    }

    static void insertFailure(String id, String revision, String reason) throws SQLException {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO analysis_failure (article_id, revision, reason) VALUES (?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, revision);
            ps.setString(3, reason);
            ps.executeUpdate();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    private static String url() {
        return config().getValue("quarkus.datasource.jdbc.url", String.class);
    }

    private static String user() {
        return config().getOptionalValue("quarkus.datasource.username", String.class).orElse("postgres");
    }

    private static String password() {
        return config().getOptionalValue("quarkus.datasource.password", String.class).orElse("");
    }

    private static Config config() {
        return ConfigProvider.getConfig();
    }
}
