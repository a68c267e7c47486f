package io.newslens.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no server at the PG* settings (and no Docker engine), a test still gets a real database: its JVM's own. */
class PrivatePostgresTest {

    @AfterEach
    void forget() {
        System.clearProperty("PGPORT");
    }

    @Test
    void noServerAtThePgSettingsMeansAPrivateOne() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        System.setProperty("PGPORT", Integer.toString(closed)); // system properties win over the environment (Env)
        try (PostgresDatabase db = PostgresDatabase.create();
             Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement st = c.createStatement()) {
            assertTrue(db.jdbcUrl().startsWith("jdbc:postgresql://127.0.0.1:" + PrivatePostgres.get().port() + "/newslens_test_"),
                    db.jdbcUrl());
            assertNotEquals(closed, PrivatePostgres.get().port());
            try (ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')::int, current_user")) {
                rs.next();
                assertEquals(170006, rs.getInt(1), "PostgreSQL " + PrivatePostgres.VERSION);
            }
            st.execute("CREATE TABLE t (x int)");
            st.execute("INSERT INTO t VALUES (1)");
        }
        try (PostgresDatabase second = PostgresDatabase.create()) {
            assertTrue(second.jdbcUrl().contains(":" + PrivatePostgres.get().port() + "/"), "one server per JVM");
        }
    }

    @Test
    void theServerDoesNotRunAsRoot() throws IOException, SQLException {
        int port = PrivatePostgres.get().port();
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            String status = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + rs.getInt(1) + "/status"));
            String uid = status.lines().filter(l -> l.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
            assertNotEquals("0", uid, "the backend's real uid");
        }
    }
}
