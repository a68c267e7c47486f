package io.newslens.query.stats;

import io.newslens.query.support.AnalysisSchema;
import io.newslens.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The V2 rollup entity_stats must always equal what article_entity says, whatever analysis-service does
 * to article_entity: inserts, re-analysis (delete + insert, or update), article deletion, truncation.
 */
class EntityStatsTriggerTest {

    private PostgresDatabase db;
    private Connection c;

    @BeforeEach
    void setUp() throws SQLException {
        db = PostgresDatabase.create();
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "1");
        c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        exec("INSERT INTO entity (id, name, type, name_key) VALUES (1, 'A', 'PERSON', 'a'), (2, 'B', 'PERSON', 'b'),"
                + " (3, 'C', 'LOCATION', 'c')");
        article("x1", "2024-01-10");
        exec("INSERT INTO article_entity VALUES (1, 'x1', 1, 'A', '{A}', 2, '2024-01-10'), (2, 'x1', 2, 'B', '{B}', 1, '2024-01-10')");
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void backfilledByTheMigrationThenFollowsEveryChange() throws SQLException {
        assertStatsMatch();
        assertEquals("1:1:2:2024-01-10:2024-01-10", stats(1));

        article("x2", "2023-06-01");
        article("x3", "2025-02-03");
        exec("INSERT INTO article_entity VALUES (3, 'x2', 1, 'A', '{A}', 3, '2023-06-01'), (4, 'x2', 3, 'C', '{C}', 1, '2023-06-01'),"
                + " (5, 'x3', 1, 'A', '{A}', 1, '2025-02-03')");
        assertEquals("1:3:6:2023-06-01:2025-02-03", stats(1));
        assertStatsMatch();

        // re-analysis by update: x3's mention of A becomes a mention of C, on another date
        exec("UPDATE article_entity SET entity_id = 3, mention_count = 4, dated = '2025-03-01' WHERE id = 5");
        assertEquals("1:2:5:2023-06-01:2024-01-10", stats(1));
        assertEquals("3:2:5:2023-06-01:2025-03-01", stats(3));
        assertStatsMatch();

        // deleting an article cascades to article_entity
        exec("DELETE FROM article WHERE id = 'x1'");
        assertEquals("1:1:3:2023-06-01:2023-06-01", stats(1));
        assertEquals("none", stats(2));
        assertStatsMatch();

        exec("TRUNCATE article_entity, mention, quote");
        assertEquals("none", stats(1));
        assertStatsMatch();
    }

    @Test
    void articleEntityCarriesItsArticlesSource() throws SQLException {
        assertEquals("src-x1", scalar("SELECT string_agg(DISTINCT source, ',') FROM article_entity WHERE article_id = 'x1'"));
        exec("INSERT INTO quote (id, article_id, seq, start_offset, end_offset, text, confidence, block, dated)"
                + " VALUES (1, 'x1', 0, 0, 4, 'text', 0.9, false, '2024-01-10')");
        assertEquals("src-x1", scalar("SELECT source FROM quote WHERE id = 1"));
        exec("UPDATE article SET source = 'renamed' WHERE id = 'x1'");
        assertEquals("renamed", scalar("SELECT string_agg(DISTINCT source, ',') FROM article_entity WHERE article_id = 'x1'"));
        assertEquals("renamed", scalar("SELECT source FROM quote WHERE id = 1"));
        // a writer cannot set it to something else
        exec("UPDATE article_entity SET source = 'other' WHERE id = 1");
        assertEquals("renamed", scalar("SELECT source FROM article_entity WHERE id = 1"));
        assertStatsMatch();
    }

    private String scalar(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void article(String id, String dated) throws SQLException {
        exec("INSERT INTO article (id, revision, source, body, received_at, dated, analyzed_at, analyzer_version) VALUES ('"
                + id + "', 'r1', 'src-" + id + "', 'text', now(), '" + dated + "', now(), 't')");
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private String stats(long entity) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT entity_id || ':' || article_count || ':' || mention_count || ':' || first_seen || ':' || last_seen"
                        + " FROM entity_stats WHERE entity_id = " + entity)) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    /** entity_stats equals the aggregate computed from scratch, row for row. */
    private void assertStatsMatch() throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT count(*) FROM (
                  (SELECT entity_id, article_count, mention_count, first_seen, last_seen FROM entity_stats
                   EXCEPT SELECT entity_id, count(*), sum(mention_count), min(dated), max(dated) FROM article_entity GROUP BY 1)
                  UNION ALL
                  (SELECT entity_id, count(*), sum(mention_count), min(dated), max(dated) FROM article_entity GROUP BY 1
                   EXCEPT SELECT entity_id, article_count, mention_count, first_seen, last_seen FROM entity_stats)) d""")) {
            rs.next();
            assertEquals(0, rs.getLong(1), "entity_stats differs from article_entity");
        }
    }
}
