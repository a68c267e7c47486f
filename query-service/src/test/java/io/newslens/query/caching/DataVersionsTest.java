package io.newslens.query.caching;

import io.newslens.query.api.Params.DateRange;
import io.newslens.query.support.AnalysisSchema;
import io.newslens.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The data versions (V14) against a real database: a scope's version changes with every committed write that
 * changes what the scope reads and with no other, whatever order concurrent writers commit in.
 */
class DataVersionsTest {

    private static final DateRange JANUARY = new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));
    private static final DateRange MID = new DateRange(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 5));

    private PostgresDatabase db;
    private Connection c;
    private DataVersions versions;

    @BeforeEach
    void setUp() throws SQLException {
        db = PostgresDatabase.create();
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
        c = connect();
        versions = new DataVersions(AnalysisSchema.db(db), Duration.ZERO); // every tag read afresh: the test writes and reads at once
        exec("INSERT INTO entity (id, name, type, name_key) VALUES (1, 'A', 'PERSON', 'a'), (2, 'B', 'PERSON', 'b')");
        exec("INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES (1, 'a', 'A'), (2, 'b', 'B')");
        article(c, "x1", "s1", "2024-01-10", 1);
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void aRangeFollowsItsSourceAndDays() throws SQLException {
        String s1 = versions.range(JANUARY, "s1");
        String all = versions.range(JANUARY, null);
        String global = versions.global();

        article(c, "x2", "s2", "2024-01-15", 1); // another source
        assertEquals(s1, versions.range(JANUARY, "s1"));
        assertNotEquals(all, versions.range(JANUARY, null));
        article(c, "x3", "s1", "2024-02-01", 1); // another month
        article(c, "x4", null, "2024-01-20", 2); // no source
        assertEquals(s1, versions.range(JANUARY, "s1"));
        assertNotEquals(global, versions.global());

        s1 = changes(s1, () -> article(c, "x5", "s1", "2024-01-31", 2));
        s1 = changes(s1, () -> { // analysis-service's replace, in one transaction
            c.setAutoCommit(false);
            exec("DELETE FROM article WHERE id = 'x5'");
            article(c, "x5", "s1", "2024-01-31", 1);
            c.commit();
            c.setAutoCommit(true);
        });
        s1 = changes(s1, () -> exec("UPDATE article SET title = 'new' WHERE id = 'x1'"));
        s1 = changes(s1, () -> exec("UPDATE article SET dated = '2024-03-01' WHERE id = 'x1'")); // leaves the range
        s1 = changes(s1, () -> exec("UPDATE article SET source = 's1', dated = '2024-01-02' WHERE id = 'x2'")); // enters it
        s1 = changes(s1, () -> exec("DELETE FROM article WHERE id = 'x5'"));
        s1 = changes(s1, () -> exec("UPDATE entity SET name = 'A. A.' WHERE id = 1")); // names show in aggregations
        exec("UPDATE entity SET name = 'A. A.' WHERE id = 1"); // no rename
        exec("INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES (1, 'aa', 'A.A.')"); // aliases do not
        assertEquals(s1, versions.range(JANUARY, "s1"));
        changes(s1, () -> exec("TRUNCATE article CASCADE"));
    }

    @Test
    void theMemoKeepsEveryScopeApart() throws SQLException {
        // remembered for an hour: each scope is read once, and no scope may answer for another
        DataVersions remembered = new DataVersions(AnalysisSchema.db(db), Duration.ofHours(1));
        String noSource = remembered.range(JANUARY, null);
        article(c, "n1", "null", "2024-01-12", 1); // a source whose name is the word "null"
        article(c, "n2", "null", "2024-01-13", 2);
        String fresh = versions.range(JANUARY, "null");
        assertNotEquals(noSource, fresh);
        assertEquals(fresh, remembered.range(JANUARY, "null"), "read afresh, not the entry of 'no source'");
        assertEquals(noSource, remembered.range(JANUARY, null), "remembered");
    }

    @Test
    void partialMonthsByTheirDays() throws SQLException {
        // 10 January to 5 March: January and March by their days, February whole
        String mid = versions.range(MID, null);
        article(c, "y1", "s1", "2024-01-09", 1);
        article(c, "y2", "s1", "2024-03-06", 1);
        article(c, "y3", "s1", "2023-12-20", 1);
        assertEquals(mid, versions.range(MID, null));
        mid = changes(mid, () -> article(c, "y4", "s1", "2024-01-10", 1), () -> versions.range(MID, null));
        mid = changes(mid, () -> article(c, "y5", "s1", "2024-02-14", 1), () -> versions.range(MID, null));
        mid = changes(mid, () -> article(c, "y6", "s2", "2024-03-05", 1), () -> versions.range(MID, null));
        // open ends
        String since = versions.range(new DateRange(LocalDate.of(2024, 3, 6), null), null);
        String until = versions.range(new DateRange(null, LocalDate.of(2024, 1, 9)), "s1");
        article(c, "y7", "s2", "2024-03-05", 1);
        assertEquals(since, versions.range(new DateRange(LocalDate.of(2024, 3, 6), null), null));
        assertEquals(until, versions.range(new DateRange(null, LocalDate.of(2024, 1, 9)), "s1"));
        changes(since, () -> article(c, "y8", "s2", "2031-07-01", 1), () -> versions.range(new DateRange(LocalDate.of(2024, 3, 6), null), null));
        changes(until, () -> article(c, "y9", "s1", "1999-07-01", 1), () -> versions.range(new DateRange(null, LocalDate.of(2024, 1, 9)), "s1"));
    }

    @Test
    void aWriterThatCommitsLastStillChangesTheVersion() throws SQLException {
        // the first writer's transaction starts (and writes) first but commits after the second's
        try (Connection first = connect(); Connection second = connect()) {
            first.setAutoCommit(false);
            article(first, "w1", "s1", "2024-01-05", 1);
            article(second, "w2", "s1", "2024-01-06", 2); // another entity: no rollup row shared with the first
            String seen = versions.range(JANUARY, "s1");
            first.commit();
            assertNotEquals(seen, versions.range(JANUARY, "s1"));
        }
    }

    @Test
    void anArticleFollowsItsAnalysisAndItsEntities() throws SQLException {
        article(c, "z1", "s1", "2024-01-10", 2);
        String x1 = versions.article("x1").orElseThrow();
        article(c, "z2", "s1", "2024-01-10", 2); // another article, another entity
        exec("INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES (2, 'bb', 'B.B.')");
        exec("UPDATE entity SET name = 'B. B.' WHERE id = 2");
        assertEquals(x1, versions.article("x1").orElseThrow());
        x1 = changes(x1, () -> exec("INSERT INTO entity_alias (entity_id, alias_key, alias) VALUES (1, 'aa', 'A.A.')"),
                () -> versions.article("x1").orElseThrow());
        x1 = changes(x1, () -> exec("UPDATE entity SET name = 'A. A.' WHERE id = 1"), () -> versions.article("x1").orElseThrow());
        x1 = changes(x1, () -> exec("UPDATE article SET revision = 'r2' WHERE id = 'x1'"), () -> versions.article("x1").orElseThrow());
        // quoted without being mentioned: the speaker counts too
        changes(x1, () -> exec("INSERT INTO quote (article_id, seq, start_offset, end_offset, text, speaker_id, confidence,"
                + " block, dated) VALUES ('x1', 0, 0, 4, 'text', 2, 0.9, false, '2024-01-10')"), () -> versions.article("x1").orElseThrow());
        assertEquals(Optional.empty(), versions.article("nothing"));
    }

    private interface Write {
        void run() throws SQLException;
    }

    private interface Read {
        String get();
    }

    /** The January version of s1 after the write, asserting it changed. */
    private String changes(String before, Write write) throws SQLException {
        return changes(before, write, () -> versions.range(JANUARY, "s1"));
    }

    private String changes(String before, Write write, Read read) throws SQLException {
        write.run();
        String after = read.get();
        assertNotEquals(before, after);
        return after;
    }

    /** Its body is its id: no two articles share a lexeme's count row. */
    private static void article(Connection c, String id, String source, String dated, long entity) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO article (id, revision, source, body, received_at, dated, analyzed_at, analyzer_version)"
                    + " VALUES ('" + id + "', 'r1', " + (source == null ? "NULL" : "'" + source + "'") + ", '" + id + "', now(), '"
                    + dated + "', clock_timestamp(), 'test-1')");
            s.execute("INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated) VALUES ('"
                    + id + "', " + entity + ", 'n', '{n}', 1, '" + dated + "')");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
