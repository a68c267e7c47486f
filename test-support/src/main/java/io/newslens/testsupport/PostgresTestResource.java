package io.newslens.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a fresh PostgreSQL database (see {@link PostgresDatabase}).
 * An explicit {@code QUARKUS_DATASOURCE_JDBC_URL} in the environment wins: then nothing is created.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresDatabase database;

    @Override
    public Map<String, String> start() {
        if (Env.get("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        database = PostgresDatabase.create();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password());
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
