package io.newslens.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh test database reached through a {@link TcpProxy}, so that a test can cut the service off its database (every
 * connection closed, new ones turned away) and let it back, without touching the server other tests share.
 */
public class ProxiedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(.+)");

    private static volatile TcpProxy proxy;
    private PostgresDatabase database;

    /** The proxy of the running test application. */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("no ProxiedPostgresTestResource is running");
        }
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        database = PostgresDatabase.create();
        Matcher m = URL.matcher(database.jdbcUrl());
        if (!m.matches()) {
            throw new IllegalStateException("cannot proxy " + database.jdbcUrl());
        }
        proxy = TcpProxy.start(m.group(1), Integer.parseInt(m.group(2)));
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + m.group(3),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password(),
                // the test reads the database directly, around the proxy
                "newslens.test.direct-jdbc-url", database.jdbcUrl());
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
