package io.newslens.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh, empty PostgreSQL database for one test run. It is created on the local server named by the
 * standard {@code PGHOST}, {@code PGPORT}, {@code PGUSER} and {@code PGPASSWORD} variables (default
 * 127.0.0.1:5432, user postgres) and dropped on {@link #close()}. When no server answers there (a connection
 * error, SQL state 08...; a server that refuses the login is an error to fix), it falls back to a
 * Testcontainers PostgreSQL if a Docker engine is present, and otherwise to a {@link PrivatePostgres} of this JVM
 * (PostgreSQL from Maven Central's binaries).
 */
public final class PostgresDatabase implements AutoCloseable {

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final String adminUrl;
    private final String name;
    private final PostgreSQLContainer container;

    private PostgresDatabase(String jdbcUrl, String username, String password, String adminUrl, String name,
                             PostgreSQLContainer container) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.adminUrl = adminUrl;
        this.name = name;
        this.container = container;
    }

    public static PostgresDatabase create() {
        String host = Env.get("PGHOST", "127.0.0.1");
        if (host.startsWith("/")) {
            host = "127.0.0.1"; // a socket directory; JDBC needs TCP
        }
        String port = Env.get("PGPORT", "5432");
        String user = Env.get("PGUSER", "postgres");
        String password = Env.get("PGPASSWORD", "");
        String server = "jdbc:postgresql://" + host + ":" + port + "/";
        try {
            return createOn(server, user, password);
        } catch (SQLException refused) {
            if (refused.getSQLState() == null || !refused.getSQLState().startsWith("08")) {
                // a server answered and said no (a password, a role): that is the setup to fix, not to work around
                throw new IllegalStateException("PostgreSQL at " + server + " refused the tests: " + refused.getMessage()
                        + " (check PGUSER/PGPASSWORD)", refused);
            }
            if (dockerAvailable()) {
                PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
                container.start();
                return new PostgresDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                        null, null, container);
            }
            String own = "jdbc:postgresql://127.0.0.1:" + PrivatePostgres.get().port() + "/";
            try {
                return createOn(own, "postgres", "");
            } catch (SQLException e) {
                throw new IllegalStateException("""
                        No PostgreSQL for the tests: %s refused (%s), no Docker engine is available, and the private \
                        PostgreSQL at %s refused too (%s)."""
                        .formatted(server, refused.getMessage(), own, e.getMessage()), e);
            }
        }
    }

    private static PostgresDatabase createOn(String server, String user, String password) throws SQLException {
        String adminUrl = server + "postgres";
        try (Connection c = connect(adminUrl, user, password)) {
            String name = "newslens_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                    + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0xffff));
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            }
            return new PostgresDatabase(server + name, user, password, adminUrl, name, null);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, p);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable t) {
            return false;
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        if (container != null) {
            container.stop();
            return;
        }
        try (Connection c = connect(adminUrl, username, password); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("warning: could not drop test database " + name + ": " + e.getMessage());
        }
    }
}
