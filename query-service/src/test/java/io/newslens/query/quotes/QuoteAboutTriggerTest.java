package io.newslens.query.quotes;

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
 * V16's quote_about must always equal "about" computed from scratch (a body mention of the entity inside the quote
 * or within 60 characters of it, the entity not its speaker), whatever is done to quotes and mentions: the
 * migration's backfill, inserts in either order, analysis-service's replace (delete the article, cascade, insert
 * again), updates of offsets, speakers, dates and articles, deletes, truncation.
 */
class QuoteAboutTriggerTest {

    private static final String BY_DEFINITION = """
            SELECT DISTINCT m.entity_id, q.dated, q.id, q.article_id FROM quote q JOIN mention m ON m.article_id = q.article_id
            WHERE m.section = 'BODY' AND q.speaker_id IS DISTINCT FROM m.entity_id
              AND m.start_offset < q.end_offset + 60 AND m.end_offset > q.start_offset - 60""";

    private PostgresDatabase db;
    private Connection c;

    @BeforeEach
    void setUp() throws SQLException {
        db = PostgresDatabase.create();
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "13"); // before V16: its backfill is tested too
        c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        exec("INSERT INTO entity (id, name, type, name_key) VALUES (1, 'A', 'PERSON', 'a'), (2, 'B', 'PERSON', 'b'),"
                + " (3, 'C', 'LOCATION', 'c')");
        article("x1", "2024-01-10");
        // a quote at 100-140 by entity 1: entity 2 at 60 (ends 61 > 100 - 60) is near, entity 3 at 250 is not
        mentions("x1", "(1, 'BODY', 10, 11), (2, 'BODY', 60, 61), (3, 'BODY', 250, 251), (3, 'TITLE', 100, 101)");
        quotes("x1", "(0, 100, 140, 1), (1, 200, 230, NULL)");
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void followsEveryWriteExactly() throws SQLException {
        assertExact(); // the backfill
        // quote 1 (100-140, by 1) is about 2 (60-61: 61 > 100 - 60), not 1 (its speaker, and 11 is too far);
        // quote 2 (200-230) is about 3 (250 < 230 + 60), not 2 (61 is not > 200 - 60); the title mention counts not
        assertEquals("2:1 3:2", about());

        article("x2", "2024-01-12");
        quotes("x2", "(0, 0, 20, 2)"); // quotes before mentions
        assertExact();
        mentions("x2", "(1, 'BODY', 30, 32), (2, 'BODY', 5, 6)");
        assertExact();
        assertEquals("1:3 2:1 3:2", about(), "x2's quote is about 1, not about its speaker 2");

        exec("UPDATE mention SET start_offset = 500, end_offset = 501 WHERE article_id = 'x2' AND entity_id = 1"); // too far now
        assertExact();
        exec("UPDATE quote SET speaker_id = 3 WHERE article_id = 'x1' AND seq = 1"); // 3 now speaks it
        assertExact();
        exec("UPDATE quote SET dated = '2024-02-01' WHERE article_id = 'x1'");
        assertExact();
        exec("UPDATE mention SET article_id = 'x2' WHERE article_id = 'x1' AND entity_id = 2"); // moved to another article
        assertExact();

        // analysis-service's replace: delete the article (cascade), insert it again
        exec("DELETE FROM article WHERE id = 'x1'");
        assertExact();
        article("x1", "2024-01-10");
        mentions("x1", "(1, 'BODY', 10, 11), (2, 'BODY', 60, 61)");
        quotes("x1", "(0, 100, 140, 1)");
        assertExact();

        exec("DELETE FROM mention WHERE article_id = 'x1' AND entity_id = 2");
        assertExact();
        exec("DELETE FROM quote WHERE article_id = 'x2'");
        assertExact();

        mentions("x1", "(2, 'BODY', 120, 121)");
        assertExact();
        assertEquals("2:4", about(), "the new quote 4 of x1");
        exec("TRUNCATE mention");
        assertExact();
        assertEquals("0", scalar("SELECT count(*) FROM quote_about"));
        mentions("x1", "(2, 'BODY', 120, 121)");
        assertExact();
        exec("TRUNCATE quote");
        assertExact();
        assertEquals("0", scalar("SELECT count(*) FROM quote_about"));
    }

    /** "entity:quote ids" per entity, in entity order. */
    private String about() throws SQLException {
        return scalar("SELECT coalesce(string_agg(e, ' ' ORDER BY entity_id), '') FROM (SELECT entity_id, entity_id || ':'"
                + " || string_agg(quote_id::text, ',' ORDER BY quote_id) AS e FROM quote_about GROUP BY entity_id) t");
    }

    private void article(String id, String dated) throws SQLException {
        exec("INSERT INTO article (id, revision, source, body, received_at, dated, analyzed_at, analyzer_version) VALUES ('"
                + id + "', 'r1', 'src', 'text', now(), '" + dated + "', now(), 't')");
    }

    /** One statement: (entity, section, start, end) tuples. */
    private void mentions(String article, String rows) throws SQLException {
        exec("INSERT INTO mention (article_id, entity_id, section, start_offset, end_offset, surface)"
                + " SELECT '" + article + "', v.e, v.s, v.a, v.b, 'x' FROM (VALUES " + rows + ") v (e, s, a, b)");
    }

    /** One statement: (seq, start, end, speaker) tuples; quote ids follow the identity (1, 2, ... in insert order). */
    private void quotes(String article, String rows) throws SQLException {
        exec("INSERT INTO quote (article_id, seq, start_offset, end_offset, text, speaker_id, confidence, block, dated)"
                + " SELECT a.id, v.seq, v.a, v.b, 'text', v.speaker::bigint, 0.9, false, a.dated"
                + " FROM article a, (VALUES " + rows + ") v (seq, a, b, speaker) WHERE a.id = '" + article + "' ORDER BY v.seq");
    }

    private void assertExact() throws SQLException {
        String table = "SELECT entity_id, dated, quote_id, article_id FROM quote_about";
        assertEquals("0", scalar("SELECT count(*) FROM ((" + table + " EXCEPT " + BY_DEFINITION + ") UNION ALL ("
                + BY_DEFINITION + " EXCEPT " + table + ")) d"), "quote_about differs from its definition");
        assertEquals(scalar("SELECT count(*) FROM (" + BY_DEFINITION + ") d"), scalar("SELECT count(*) FROM quote_about"),
                "no duplicates");
    }

    private String scalar(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
