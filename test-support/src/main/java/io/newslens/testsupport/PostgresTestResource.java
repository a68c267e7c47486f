package io.newslens.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a fresh PostgreSQL database (see {@link PostgresDatabase}).
 * {@value #GIVEN_URL} (with {@value #GIVEN_USERNAME} and {@value #GIVEN_PASSWORD}; environment or system property)
 * names a database of your own instead: then nothing is created. The services' own {@code QUARKUS_DATASOURCE_*}
 * variables are never read here, so a shell that exports them for the running services does not send the tests to
 * their database.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String GIVEN_URL = "NEWSLENS_TEST_JDBC_URL";
    public static final String GIVEN_USERNAME = "NEWSLENS_TEST_JDBC_USERNAME";
    public static final String GIVEN_PASSWORD = "NEWSLENS_TEST_JDBC_PASSWORD";

    private PostgresDatabase database;

    @Override
    public Map<String, String> start() {
        String given = Env.get(GIVEN_URL);
        if (given != null) {
            return Map.of(
                    "quarkus.datasource.jdbc.url", given,
                    "quarkus.datasource.username", Env.get(GIVEN_USERNAME, "postgres"),
                    "quarkus.datasource.password", Env.get(GIVEN_PASSWORD, ""));
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
