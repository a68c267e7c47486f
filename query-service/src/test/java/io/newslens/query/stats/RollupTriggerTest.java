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
 * V4's rollups (entity_month, entity_source, speaker_month), V5's speaker_total, V6's entity pairs and V10's source_day
 * must always equal the aggregates computed from scratch, whatever is done to the base rows: the migration's backfill, inserts,
 * analysis-service's replace (delete the article, cascade, insert again), updates of dates, sources and speakers,
 * deletes, truncation.
 */
class RollupTriggerTest {

    private PostgresDatabase db;
    private Connection c;

    @BeforeEach
    void setUp() throws SQLException {
        db = PostgresDatabase.create();
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "3");
        c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        exec("INSERT INTO entity (id, name, type, name_key) VALUES (1, 'A', 'PERSON', 'a'), (2, 'B', 'PERSON', 'b'),"
                + " (3, 'C', 'LOCATION', 'c')");
        article("x1", "src-1", "2024-01-10");
        analysis("x1", "2024-01-10", 0);
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void followEveryWriteExactly() throws SQLException {
        assertRollupsExact(); // the backfill
        assertEquals("1", scalar("SELECT articles FROM entity_month WHERE entity_id = 1 AND month = '2024-01-01'"));

        article("x2", "src-1", "2024-01-31");
        analysis("x2", "2024-01-31", 10);
        article("x3", "src-2", "2024-02-01");
        analysis("x3", "2024-02-01", 20);
        article("x4", null, "2024-02-15");
        analysis("x4", "2024-02-15", 30);
        assertRollupsExact();
        assertEquals("4", scalar("SELECT sum(articles) FROM entity_month WHERE entity_id = 1 AND month < '2024-03-01'"));

        // analysis-service's replace: the article row goes (cascading to everything), the new analysis comes in,
        // in one transaction, with other entities and quotes
        c.setAutoCommit(false);
        exec("DELETE FROM article WHERE id = 'x2'");
        article("x2", "src-2", "2024-03-05");
        exec("INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated)"
                + " VALUES ('x2', 3, 'C', '{C}', 5, '2024-03-05')");
        exec("INSERT INTO quote (article_id, seq, start_offset, end_offset, text, speaker_id, confidence, block, dated)"
                + " VALUES ('x2', 0, 0, 4, 'text', 2, 0.9, false, '2024-03-05'), ('x2', 1, 5, 9, 'more', NULL, 0.9, false, '2024-03-05')");
        c.commit();
        c.setAutoCommit(true);
        assertRollupsExact();

        // updates: a renamed source follows onto article_entity and quote (V2); re-dating and re-attributing
        exec("UPDATE article SET source = 'renamed' WHERE id = 'x1'");
        assertRollupsExact();
        exec("UPDATE article_entity SET dated = '2024-04-01' WHERE article_id = 'x3'");
        exec("UPDATE quote SET dated = '2024-04-01' WHERE article_id = 'x3'");
        assertRollupsExact();
        exec("UPDATE article SET dated = '2024-04-01' WHERE id = 'x3'");
        exec("UPDATE article SET source = NULL, dated = '2024-01-31' WHERE id = 'x4'"); // onto x2's old day, no source
        assertRollupsExact();
        // an update of neither date nor source rewrites no source_day row
        String days = scalar("SELECT string_agg(xmin::text, ',' ORDER BY day, source) FROM source_day");
        exec("UPDATE article SET analyzed_at = now(), title = 'retitled'");
        assertEquals(days, scalar("SELECT string_agg(xmin::text, ',' ORDER BY day, source) FROM source_day"));
        exec("UPDATE quote SET speaker_id = 3 WHERE speaker_id = 1");
        exec("UPDATE article_entity SET entity_id = 3 WHERE entity_id = 2 AND article_id = 'x3'");
        assertRollupsExact();

        exec("DELETE FROM quote WHERE seq = 1");
        exec("DELETE FROM article WHERE id IN ('x1', 'x3')");
        assertRollupsExact();
        assertEquals("0", scalar("SELECT count(*) FROM entity_source WHERE source = 'renamed'"), "emptied keys are removed");

        exec("TRUNCATE article_entity, mention, quote");
        assertRollupsExact();
        assertEquals("0", scalar("SELECT (SELECT count(*) FROM entity_month) + (SELECT count(*) FROM speaker_month)"
                + " + (SELECT count(*) FROM speaker_total)"));
        assertEquals("2", scalar("SELECT count(*) FROM source_day"), "x2 and x4 are left, on two days");
        exec("TRUNCATE article CASCADE");
        assertRollupsExact();
        assertEquals("0", scalar("SELECT count(*) FROM source_day"));
    }

    /**
     * V6's pairs depend on the other rows of the article, not only on the rows a statement writes: an article
     * whose entities arrive in several statements, single rows deleted, moved or re-dated.
     */
    @Test
    void pairRollupsFollowArticlesWrittenPieceByPiece() throws SQLException {
        exec("INSERT INTO entity (id, name, type, name_key) VALUES (4, 'D', 'MISC', 'd')");
        assertEquals("1", pairs("entity_pair_month", 1, "'2024-01-01'", 2)); // the backfill: x1 mentions 1 and 2
        assertEquals("1", pairs("entity_pair_month", 2, "'2024-01-01'", 1));

        article("y1", "src-1", "2024-02-03");
        pairEntities("y1", "2024-02-03", 1, 2);
        pairEntities("y1", "2024-02-03", 3);
        pairEntities("y1", "2024-02-03", 4);
        assertPairRollupsExact();
        assertEquals("2", pairs("entity_pair_total", 1, null, 2)); // x1 and y1
        assertEquals("1", pairs("entity_pair_month", 4, "'2024-02-01'", 1));
        assertEquals("1", pairs("entity_pair_total", 3, null, 4));

        exec("DELETE FROM article_entity WHERE article_id = 'y1' AND entity_id = 2");
        assertPairRollupsExact();
        assertEquals("1", pairs("entity_pair_total", 1, null, 2));
        assertEquals("0", scalar("SELECT count(*) FROM entity_pair_month WHERE entity_id = 2 AND month = '2024-02-01'"),
                "emptied keys are removed");

        // a renamed source (followed onto article_entity by V2) rewrites no pair row
        String before = scalar("SELECT string_agg(xmin::text, ',' ORDER BY entity_id, month, other_id) FROM entity_pair_month");
        exec("UPDATE article SET source = 'renamed' WHERE id = 'y1'");
        assertEquals("renamed", scalar("SELECT min(source) FROM article_entity WHERE article_id = 'y1'"));
        assertEquals(before, scalar("SELECT string_agg(xmin::text, ',' ORDER BY entity_id, month, other_id) FROM entity_pair_month"));

        exec("UPDATE article_entity SET dated = '2024-03-15' WHERE article_id = 'y1'"); // re-dated
        assertPairRollupsExact();
        assertEquals("0", scalar("SELECT count(*) FROM entity_pair_month WHERE month = '2024-02-01'"));
        assertEquals("1", pairs("entity_pair_month", 3, "'2024-03-01'", 4));
        exec("UPDATE article_entity SET dated = '2024-04-01' WHERE article_id = 'y1' AND entity_id = 4"); // one row only
        assertPairRollupsExact();
        exec("UPDATE article_entity SET entity_id = 2 WHERE article_id = 'y1' AND entity_id = 4"); // re-linked
        assertPairRollupsExact();
        exec("UPDATE article_entity SET article_id = 'x1' WHERE article_id = 'y1' AND entity_id = 3"); // moved
        assertPairRollupsExact();
        assertEquals("1", pairs("entity_pair_total", 3, null, 2)); // x1 now has 1, 2, 3

        // two articles in one statement; analysis-service's replace of one of them; a cascade over two articles
        article("y2", null, "2024-05-31");
        article("y3", "src-2", "2024-06-01");
        exec("INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated) VALUES"
                + " ('y2', 1, 'A', '{A}', 1, '2024-05-31'), ('y2', 4, 'D', '{D}', 1, '2024-05-31'),"
                + " ('y3', 1, 'A', '{A}', 1, '2024-06-01'), ('y3', 4, 'D', '{D}', 1, '2024-06-01'), ('y3', 3, 'C', '{C}', 1, '2024-06-01')");
        assertPairRollupsExact();
        assertEquals("2", pairs("entity_pair_total", 4, null, 1));
        c.setAutoCommit(false);
        exec("DELETE FROM article WHERE id = 'y3'");
        article("y3", "src-2", "2024-06-01");
        pairEntities("y3", "2024-06-01", 2, 3);
        pairEntities("y3", "2024-06-01", 4);
        c.commit();
        c.setAutoCommit(true);
        assertPairRollupsExact();
        exec("DELETE FROM article WHERE id IN ('x1', 'y2')");
        assertPairRollupsExact();
        assertEquals("1", scalar("SELECT count(*) FROM entity_pair_total WHERE entity_id = 1"), "only y1's (1, 2) is left");

        exec("TRUNCATE article_entity, mention, quote");
        assertPairRollupsExact();
        assertEquals("0", scalar("SELECT (SELECT count(*) FROM entity_pair_month) + (SELECT count(*) FROM entity_pair_total)"));
    }

    /** V7 counts a speaker's articles from its (speaker, source, article) rows: partial writes to a pair must not move them. */
    @Test
    void speakerArticlesFollowPartialWrites() throws SQLException {
        article("x2", "src-2", "2024-02-01");
        analysis("x2", "2024-02-01", 0);
        assertRollupsExact();
        assertEquals("2 4 2", speakerTotal(1), "two quotes in each of two articles");

        quote("x1", 10, 2); // a pair that exists: one more quote, the same articles
        quote("x1", 11, 3); // a new pair
        assertRollupsExact();
        assertEquals("2 3 2", speakerTotal(2));
        assertEquals("1 1 1", speakerTotal(3));

        exec("DELETE FROM quote WHERE article_id = 'x1' AND seq = 0"); // one of speaker 1's two quotes in x1
        assertRollupsExact();
        assertEquals("2 3 2", speakerTotal(1));
        exec("DELETE FROM quote WHERE article_id = 'x1' AND seq = 1"); // the other: x1 no longer quotes speaker 1
        assertRollupsExact();
        assertEquals("1 2 1", speakerTotal(1));

        // one statement, both of speaker 2's quotes in x1 re-attributed: the pair goes from 2 to 1
        exec("UPDATE quote SET speaker_id = 1 WHERE article_id = 'x1' AND speaker_id = 2");
        assertRollupsExact();
        assertEquals("2 4 2", speakerTotal(1));
        assertEquals("1 1 1", speakerTotal(2));
        exec("UPDATE quote SET dated = '2024-01-11' WHERE article_id = 'x1'"); // every pair of x1 updated in place
        exec("UPDATE article SET source = NULL WHERE id = 'x2'"); // x2's pairs move to source ''
        assertRollupsExact();
        assertEquals("2 1", scalar("SELECT quotes || ' ' || articles FROM speaker_source WHERE source = '' AND speaker_id = 1"));

        exec("DELETE FROM quote WHERE article_id = 'x2' AND speaker_id = 2"); // speaker 2's last quote
        assertRollupsExact();
        assertEquals("0", scalar("SELECT count(*) FROM speaker_total WHERE speaker_id = 2"), "a speaker with no quotes left is removed");
    }

    private void quote(String article, int seq, long speaker) throws SQLException {
        exec("INSERT INTO quote (article_id, seq, start_offset, end_offset, text, speaker_id, confidence, block, dated)"
                + " SELECT id, " + seq + ", 0, 4, 'text', " + speaker + ", 0.9, false, dated FROM article WHERE id = '" + article + "'");
    }

    /** "articles quotes sources" of a speaker in speaker_total (articles and quotes) and speaker_source (rows). */
    private String speakerTotal(long speaker) throws SQLException {
        return scalar("SELECT t.articles || ' ' || t.quotes || ' ' || (SELECT count(*) FROM speaker_source s WHERE s.speaker_id = "
                + speaker + ") FROM speaker_total t WHERE t.speaker_id = " + speaker);
    }

    /** V7's speaker_article, speaker_source and speaker_total.articles against the quote table. */
    private void assertSpeakerArticlesExact() throws SQLException {
        assertSame("speaker_article", "SELECT speaker_id, source, article_id, quotes FROM speaker_article",
                "SELECT speaker_id, coalesce(source, ''), article_id, count(*) FROM quote WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3");
        assertSame("speaker_source", "SELECT source, speaker_id, quotes, articles FROM speaker_source",
                "SELECT coalesce(source, ''), speaker_id, count(*), count(DISTINCT article_id) FROM quote"
                        + " WHERE speaker_id IS NOT NULL GROUP BY 1, 2");
        assertSame("speaker_total with articles", "SELECT speaker_id, quotes, articles FROM speaker_total",
                "SELECT speaker_id, count(*), count(DISTINCT article_id) FROM quote WHERE speaker_id IS NOT NULL GROUP BY 1");
    }

    private void article(String id, String source, String dated) throws SQLException {
        exec("INSERT INTO article (id, revision, source, body, received_at, dated, analyzed_at, analyzer_version) VALUES ('"
                + id + "', 'r1', " + (source == null ? "NULL" : "'" + source + "'") + ", 'text', now(), '" + dated
                + "', now(), 't')");
    }

    /** Entities 1 and 2 (and 3 for odd bases), a quote by 1, one by 2, one unattributed. */
    private void analysis(String article, String dated, int base) throws SQLException {
        exec("INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated) VALUES"
                + " ('" + article + "', 1, 'A', '{A}', " + (2 + base) + ", '" + dated + "'),"
                + " ('" + article + "', 2, 'B', '{B}', 1, '" + dated + "')"
                + (base % 20 == 10 ? ", ('" + article + "', 3, 'C', '{C}', 3, '" + dated + "')" : ""));
        exec("INSERT INTO quote (article_id, seq, start_offset, end_offset, text, speaker_id, confidence, block, dated) VALUES"
                + " ('" + article + "', 0, 0, 4, 'text', 1, 0.9, false, '" + dated + "'),"
                + " ('" + article + "', 1, 5, 9, 'more', 1, 0.9, false, '" + dated + "'),"
                + " ('" + article + "', 2, 10, 14, 'else', 2, 0.9, false, '" + dated + "'),"
                + " ('" + article + "', 3, 15, 19, 'none', NULL, 0.9, false, '" + dated + "')");
    }

    private void assertRollupsExact() throws SQLException {
        assertPairRollupsExact();
        assertSpeakerArticlesExact();
        assertSame("entity_month", "SELECT month, entity_id, articles, mentions FROM entity_month",
                "SELECT date_trunc('month', dated)::date, entity_id, count(*), sum(mention_count) FROM article_entity GROUP BY 1, 2");
        assertSame("entity_source", "SELECT source, entity_id, articles, mentions FROM entity_source",
                "SELECT source, entity_id, count(*), sum(mention_count) FROM article_entity WHERE source IS NOT NULL GROUP BY 1, 2");
        assertSame("speaker_month", "SELECT month, source, speaker_id, quotes FROM speaker_month",
                "SELECT date_trunc('month', dated)::date, coalesce(source, ''), speaker_id, count(*) FROM quote"
                        + " WHERE speaker_id IS NOT NULL GROUP BY 1, 2, 3");
        assertSame("speaker_total", "SELECT speaker_id, quotes FROM speaker_total",
                "SELECT speaker_id, count(*) FROM quote WHERE speaker_id IS NOT NULL GROUP BY 1");
        assertSame("source_day", "SELECT day, source, articles FROM source_day",
                "SELECT dated, coalesce(source, ''), count(*) FROM article GROUP BY 1, 2");
    }

    /** V6: every ordered pair of distinct entities of an article, per month of the first one's row, and all time. */
    private void assertPairRollupsExact() throws SQLException {
        String pairs = " FROM article_entity p JOIN article_entity q ON q.article_id = p.article_id AND q.entity_id <> p.entity_id";
        assertSame("entity_pair_month", "SELECT entity_id, month, other_id, articles FROM entity_pair_month",
                "SELECT p.entity_id, date_trunc('month', p.dated)::date, q.entity_id, count(*)" + pairs + " GROUP BY 1, 2, 3");
        assertSame("entity_pair_total", "SELECT entity_id, other_id, articles FROM entity_pair_total",
                "SELECT p.entity_id, q.entity_id, count(*)" + pairs + " GROUP BY 1, 2");
    }

    /** One statement adding the entities (ids 1-4, named A-D) to the article. */
    private void pairEntities(String article, String dated, long... entities) throws SQLException {
        StringBuilder values = new StringBuilder();
        for (long e : entities) {
            String name = String.valueOf((char) ('A' + e - 1));
            values.append(values.isEmpty() ? "" : ", ").append("('").append(article).append("', ").append(e).append(", '")
                    .append(name).append("', '{").append(name).append("}', 1, '").append(dated).append("')");
        }
        exec("INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated) VALUES " + values);
    }

    /** The rollup's count for the pair (month null: entity_pair_total), "0" when it has no row. */
    private String pairs(String table, long entity, String month, long other) throws SQLException {
        return scalar("SELECT coalesce(sum(articles), 0) FROM " + table + " WHERE entity_id = " + entity + " AND other_id = " + other
                + (month == null ? "" : " AND month = " + month));
    }

    private void assertSame(String what, String rollup, String fromScratch) throws SQLException {
        assertEquals("0", scalar("SELECT count(*) FROM ((" + rollup + " EXCEPT " + fromScratch + ") UNION ALL ("
                + fromScratch + " EXCEPT " + rollup + ")) d"), what + " differs from its base table");
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
