package io.newslens.query.support;

import io.newslens.query.api.Db;
import io.newslens.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.nio.file.Files;
import java.nio.file.Path;

/** Applies analysis-service's own migration files (the schema's owner) to a test database. */
public final class AnalysisSchema {

    private AnalysisSchema() {
    }

    public static void migrate(String jdbcUrl, String user, String password) {
        migrate(jdbcUrl, user, password, "latest");
    }

    /**
     * Migrates up to the given version only ("1", "2", ... or "latest"). Short of the latest, the schema is what a
     * database of that version held: its versioned migrations alone. The repeatable ones (R__*.sql: the current
     * definitions of the read model's functions and triggers) are left for the migration to "latest", which applies
     * them after the versioned ones, as an upgrade does; Flyway would otherwise apply them at any target, and today's
     * triggers would write tables an old version has not created yet.
     */
    public static void migrate(String jdbcUrl, String user, String password, String target) {
        Path dir = Path.of("../analysis-service/src/main/resources/db/migration").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("analysis-service migrations not found at " + dir);
        }
        var config = Flyway.configure().dataSource(jdbcUrl, user, password).locations("filesystem:" + dir).target(target);
        if (!"latest".equals(target)) {
            config.repeatableSqlMigrationPrefix(NO_REPEATABLES);
        }
        config.load().migrate();
    }

    /** A prefix no migration file has: with it, Flyway finds no repeatable migration. */
    private static final String NO_REPEATABLES = "NO-REPEATABLE-MIGRATIONS-BEFORE-THE-LATEST-VERSION";

    /** The service's {@link Db} over the test database, outside Quarkus (no pool: a connection per statement). */
    public static Db db(PostgresDatabase database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(database.jdbcUrl());
        ds.setUser(database.username());
        ds.setPassword(database.password());
        return new Db(ds);
    }
}
