package io.newslens.analysis.schema;

import io.newslens.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.RepeatedTest;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Several analysis-service pods starting at once (a rollout, KEDA scaling out from zero) each run Flyway's migrate
 * at start ({@code quarkus.flyway.migrate-at-start}) against the same empty database. Flyway serialises them with a
 * PostgreSQL advisory lock taken for each migration: whoever holds it re-reads the history and applies the next
 * pending one, so the pods take turns and which pod applies which migration is up to the scheduler (an earlier
 * version of this test required one pod to apply them all, which held only while the first pod outran the others).
 * This test starts that race on a real database, with the service's own migrations, and checks the outcome: every
 * migration applied exactly once, successfully, and every "pod" finished without an error.
 */
class ConcurrentMigrationTest {

    private static final int PODS = 4;

    @RepeatedTest(3)
    void podsMigratingAtOnceApplyEachMigrationOnce() throws Exception {
        int migrations = migrationFiles("V\\d+__.*\\.sql");
        int repeatables = migrationFiles("R__.*\\.sql");
        try (PostgresDatabase db = PostgresDatabase.create()) {
            CyclicBarrier start = new CyclicBarrier(PODS);
            ExecutorService pods = Executors.newFixedThreadPool(PODS);
            List<Future<MigrateResult>> results = new ArrayList<>();
            try {
                for (int i = 0; i < PODS; i++) {
                    results.add(pods.submit(() -> {
                        Flyway flyway = Flyway.configure().dataSource(dataSource(db)).locations("classpath:db/migration").load();
                        start.await(30, TimeUnit.SECONDS);
                        return flyway.migrate();
                    }));
                }
                int executed = 0;
                for (Future<MigrateResult> f : results) {
                    MigrateResult r = f.get(5, TimeUnit.MINUTES); // an exception in any pod fails the test here
                    executed += r.migrationsExecuted;
                }
                assertEquals(migrations + repeatables, executed, "migrations executed over all pods (versioned and repeatable)");
            } finally {
                pods.shutdownNow();
            }
            try (Connection c = dataSource(db).getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT count(*), count(DISTINCT version), count(*) FILTER (WHERE success)
                         FROM flyway_schema_history WHERE version IS NOT NULL""")) {
                rs.next();
                assertEquals(migrations, rs.getInt(1), "rows in flyway_schema_history");
                assertEquals(migrations, rs.getInt(2), "distinct versions in flyway_schema_history");
                assertEquals(migrations, rs.getInt(3), "successful rows in flyway_schema_history");
            }
            try (Connection c = dataSource(db).getConnection(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT count(*), count(DISTINCT description), count(*) FILTER (WHERE success)
                         FROM flyway_schema_history WHERE version IS NULL AND type = 'SQL'""")) {
                rs.next();
                assertEquals(repeatables, rs.getInt(1), "repeatable rows in flyway_schema_history");
                assertEquals(repeatables, rs.getInt(2), "distinct repeatables in flyway_schema_history");
                assertEquals(repeatables, rs.getInt(3), "successful repeatable rows in flyway_schema_history");
            }
        }
    }

    private static PGSimpleDataSource dataSource(PostgresDatabase db) throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(db.jdbcUrl());
        ds.setUser(db.username());
        if (!db.password().isEmpty()) {
            ds.setPassword(db.password());
        }
        return ds;
    }

    /** The migrations of one kind the service ships (file names matching the pattern), counted from its resources. */
    private static int migrationFiles(String pattern) throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(ConcurrentMigrationTest.class.getResource("/db/migration")).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            int n = (int) files.filter(p -> p.getFileName().toString().matches(pattern)).count();
            if (n == 0) {
                throw new IllegalStateException("no migrations found in " + dir);
            }
            return n;
        }
    }
}
