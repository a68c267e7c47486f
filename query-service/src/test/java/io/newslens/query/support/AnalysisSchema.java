package io.newslens.query.support;

import org.flywaydb.core.Flyway;

import java.nio.file.Files;
import java.nio.file.Path;

/** Applies analysis-service's own migration files (the schema's owner) to a test database. */
public final class AnalysisSchema {

    private AnalysisSchema() {
    }

    public static void migrate(String jdbcUrl, String user, String password) {
        migrate(jdbcUrl, user, password, "latest");
    }

    /** Migrates up to the given version only ("1", "2", ... or "latest"). */
    public static void migrate(String jdbcUrl, String user, String password, String target) {
        Path dir = Path.of("../analysis-service/src/main/resources/db/migration").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("analysis-service migrations not found at " + dir);
        }
        Flyway.configure().dataSource(jdbcUrl, user, password).locations("filesystem:" + dir).target(target)
                .load().migrate();
    }
}
