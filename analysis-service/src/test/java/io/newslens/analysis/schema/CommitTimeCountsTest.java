package io.newslens.analysis.schema;

import io.newslens.testsupport.PostgresDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The counts nearly every article writes, articles per lexeme (lexeme_articles) and per source and day (source_day),
 * are folded in at commit: two writers whose articles share words, source and day do not wait on each other's
 * uncommitted counts, and after both commit, roll back or replace an article the counts are what the stored articles
 * hold (the real schema, migrated by the service's own files, no Quarkus).
 */
class CommitTimeCountsTest {

    private static PostgresDatabase database;

    @BeforeAll
    static void schema() {
        database = PostgresDatabase.create();
        Flyway.configure().dataSource(database.jdbcUrl(), database.username(), database.password())
                .locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void drop() {
        database.close();
    }

    @Test
    void writersSharingWordsDoNotWaitAndTheCountsAddUp() throws SQLException {
        try (Connection first = connect(); Connection second = connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            article(first, "lexeme-a", "one", "2026-01-01", "The minister said the budget would pass.");
            exec(second, "SET LOCAL lock_timeout = '5s'");
            // before, the second insert waited here for the first transaction's locks on the rows of "said" and of
            // (2026-01-01, one) until it ended: with lock_timeout it fails instead of waiting (no timing involved when
            // nothing waits)
            article(second, "lexeme-b", "one", "2026-01-01", "The mayor said nothing about the budget.");
            assertEquals(0, said(first), "inside its transaction a writer sees the counts before it");
            assertEquals(0, scalar(first, "SELECT count(*) FROM source_day"));
            first.commit();
            second.commit();
            assertExact(first);
            assertEquals(2, said(first));
            assertEquals(2, scalar(first, "SELECT articles FROM source_day WHERE day = '2026-01-01' AND source = 'one'"));

            // a rolled-back article leaves no count; a replaced one (delete and insert in one transaction) counts once
            article(first, "lexeme-c", "three", "2026-01-03", "Nobody said anything.");
            first.rollback();
            assertEquals(2, said(first));
            exec(first, "DELETE FROM article WHERE id = 'lexeme-a'");
            article(first, "lexeme-a", "one", "2026-01-02", "The minister spoke of the budget.");
            first.commit();
            assertExact(first);
            assertEquals(1, said(first));
            assertEquals(0, scalar(first, "SELECT count(*) FROM lexeme_delta"), "no note outlives its transaction");
            assertEquals(0, scalar(first, "SELECT count(*) FROM source_day_delta"), "no note outlives its transaction");

            // the last article of a day moved away: the day's row goes
            exec(first, "UPDATE article SET dated = '2026-01-02' WHERE id = 'lexeme-b'");
            first.commit();
            assertExact(first);
            assertEquals(0, scalar(first, "SELECT count(*) FROM source_day WHERE day = '2026-01-01'"));

            // TRUNCATE (its own transaction: the deferred triggers on article forbid it in one that wrote articles)
            exec(first, "TRUNCATE article CASCADE");
            first.commit();
            assertEquals(0, scalar(first, "SELECT count(*) FROM lexeme_articles"));
            assertEquals(0, scalar(first, "SELECT count(*) FROM source_day"));
            assertEquals(0, scalar(first, "SELECT count(*) FROM lexeme_delta") + scalar(first, "SELECT count(*) FROM source_day_delta"));
        }
    }

    private static long said(Connection c) throws SQLException {
        return scalar(c, "SELECT coalesce(sum(articles), 0) FROM lexeme_articles WHERE lexeme = 'said'");
    }

    /** lexeme_articles and source_day are, row for row, the stored articles counted. */
    private static void assertExact(Connection c) throws SQLException {
        assertEquals(0, scalar(c, """
                SELECT count(*) FROM ((SELECT day, source, articles FROM source_day
                                       EXCEPT ALL SELECT dated, coalesce(source, ''), count(*) FROM article GROUP BY 1, 2)
                                      UNION ALL
                                      (SELECT dated, coalesce(source, ''), count(*) FROM article GROUP BY 1, 2
                                       EXCEPT ALL SELECT day, source, articles FROM source_day)) d"""),
                "source_day differs from the stored articles");
        assertEquals(0, scalar(c, """
                SELECT count(*) FROM ((SELECT lexeme, articles::bigint FROM lexeme_articles
                                       EXCEPT ALL SELECT l, count(*) FROM article a, unnest(tsvector_to_array(a.search)) l GROUP BY l)
                                      UNION ALL
                                      (SELECT l, count(*) FROM article a, unnest(tsvector_to_array(a.search)) l GROUP BY l
                                       EXCEPT ALL SELECT lexeme, articles::bigint FROM lexeme_articles)) d"""),
                "lexeme_articles differs from the stored articles' lexemes");
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }

    private static void article(Connection c, String id, String source, String dated, String body) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, revision, source, title, body, received_at,"
                + " dated, analyzed_at, analyzer_version) VALUES (?, 'r1', ?, 'A title', ?, now(), ?::date, now(), 'test-1')")) {
            ps.setString(1, id);
            ps.setString(2, source);
            ps.setString(3, body);
            ps.setString(4, dated);
            ps.executeUpdate();
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
