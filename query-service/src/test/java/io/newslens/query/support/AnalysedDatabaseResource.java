package io.newslens.query.support;

import io.newslens.testsupport.PostgresTestResource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

/**
 * A fresh database (PostgresTestResource) with the analysis schema migrated by Flyway from
 * analysis-service's files, and the {@link Fixtures} corpus inserted with plain SQL.
 */
public class AnalysedDatabaseResource extends PostgresTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        String url = config.get("quarkus.datasource.jdbc.url");
        String user = config.get("quarkus.datasource.username");
        String password = config.get("quarkus.datasource.password");
        AnalysisSchema.migrate(url, user, password);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Fixtures.insert(c);
        } catch (Exception e) {
            throw new IllegalStateException("could not insert fixtures", e);
        }
        return config;
    }
}
