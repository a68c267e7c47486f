package io.newslens.query.search;

import io.newslens.query.support.AnalysisSchema;
import io.newslens.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * V8's lead_term must always hold, for every word a user may type that makes a one-lexeme query, and V13's lead_pair
 * for every two words quoted that make a phrase of two lexemes, exactly the articles that query finds in its title+lead tier
 * ({@code rank_search @@ q AND search @@ q}) with the score relevance gives them ({@code ts_rank_cd(rank_search, q,
 * 32)}), and their current date and source: after the backfill, inserts, analysis-service's replace, edits of title,
 * body, date and source, deletes and truncation.
 */
class LeadTermTriggerTest {

    private PostgresDatabase db;
    private Connection c;

    @BeforeEach
    void setUp() throws SQLException {
        db = PostgresDatabase.create();
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password(), "5");
        c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        article("b1", "src-1", "2024-01-10", "Pipeline talks", "Gas prices rose as the pipeline talks stalled.");
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
    }

    @AfterEach
    void tearDown() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void holdsWhatEveryOneWordQueryFindsInTitleAndLead() throws SQLException {
        assertExact(); // the backfill
        assertEquals("1", scalar("SELECT count(*) FROM lead_term WHERE lexeme = 'pipelin'"));
        assertEquals("1", scalar("SELECT count(*) FROM lead_pair WHERE pair = 'pipelin talk'"));

        // the lead is the first 400 characters: a word cut there is in rank_search as a fragment only
        article("b2", "src-2", "2024-02-01", "O'Brien's \"quoted\" back\\slash title",
                "Prices of gas and oil. ".repeat(17) + "Pipelines everywhere, said O'Brien. " + "Gas again. ".repeat(30));
        article("b3", null, "2024-02-02", null, "Gas gas gas in the lead, and a pipeline far below. " + "x ".repeat(300)
                + "pipeline");
        assertExact();

        // analysis-service's replace: delete the article row and insert the new revision, in one transaction
        c.setAutoCommit(false);
        exec("DELETE FROM article WHERE id = 'b1'");
        article("b1", "src-1", "2024-01-11", "Sanctions talks", "Oil prices fell as sanctions talks began.");
        c.commit();
        c.setAutoCommit(true);
        assertExact();

        exec("UPDATE article SET title = 'Pipeline news' WHERE id = 'b3'");
        exec("UPDATE article SET dated = '2023-12-31' WHERE id = 'b2'");
        exec("UPDATE article SET source = 'src-9' WHERE id = 'b1'");
        // nothing lead_term or lexeme_articles holds changes: no lexeme count is rewritten
        String counts = scalar("SELECT string_agg(xmin::text, ',' ORDER BY lexeme) FROM lexeme_articles");
        exec("UPDATE article SET analyzer_version = 'test-2'");
        assertEquals(counts, scalar("SELECT string_agg(xmin::text, ',' ORDER BY lexeme) FROM lexeme_articles"));
        assertExact();

        // statements of many rows sharing lexemes: an insert, an edit of two bodies, a delete
        exec("INSERT INTO article (id, revision, source, title, body, received_at, dated, analyzed_at, analyzer_version)"
                + " SELECT id || '-copy', revision, source, title, body, received_at, dated, analyzed_at, analyzer_version FROM article");
        assertExact();
        exec("UPDATE article SET body = body || ' Pipelines and gas.' WHERE id IN ('b1', 'b3-copy')");
        assertExact();
        exec("DELETE FROM article WHERE id LIKE '%-copy'");
        assertExact();
        exec("DELETE FROM article WHERE id = 'b2'");
        assertExact();
        exec("TRUNCATE article CASCADE");
        assertEquals("0", scalar("SELECT count(*) FROM lead_term"));
        assertEquals("0", scalar("SELECT count(*) FROM lead_pair"));
        assertEquals("0", scalar("SELECT count(*) FROM lexeme_articles"));
        article("b4", "src-1", "2024-03-01", "Gas", "Gas.");
        assertExact();
    }

    /**
     * Every word of every title and lead, as a user would type it, against the definition (the texts here
     * have no compound tokens such as hyphenated words or addresses, whose lexemes no single word gives).
     */
    private void assertExact() throws SQLException {
        String expected = """
                WITH texts AS (
                    SELECT array_remove(regexp_split_to_array(coalesce(a.title, '') || ' ' || left(a.body, 400),
                        '[^[:alnum:]]+'), '') AS ws FROM article a),
                     words AS (SELECT DISTINCT w FROM texts, unnest(ws) w),
                     twos AS (SELECT DISTINCT '"' || ws[i] || ' ' || ws[i + 1] || '"' AS w
                              FROM texts, generate_subscripts(ws, 1) i WHERE i < cardinality(ws)),
                     queries AS (SELECT websearch_to_tsquery('english', w) AS q FROM words
                                 UNION ALL SELECT websearch_to_tsquery('english', w) FROM twos),
                     tried AS (SELECT DISTINCT q FROM queries
                               WHERE numnode(q) = 1 OR numnode(q) = 3 AND q::text LIKE '% <-> %')
                SELECT s.q::text, ts_rank_cd(a.rank_search, s.q, 32), a.dated, a.id, a.source
                FROM tried s JOIN article a ON a.rank_search @@ s.q AND a.search @@ s.q""";
        // lead_term's lexemes, and lead_pair's (V13) two lexemes and a space: the phrase of the two
        String held = """
                SELECT lexeme_query(t.lexeme)::text, t.score, t.dated, t.article_id, t.source FROM lead_term t
                UNION ALL
                SELECT tsquery_phrase(lexeme_query(split_part(p.pair, ' ', 1)), lexeme_query(split_part(p.pair, ' ', 2)))::text,
                       p.score, p.dated, p.article_id, p.source
                FROM lead_pair p""";
        assertEquals("0", scalar("SELECT count(*) FROM (((" + expected + ") EXCEPT ALL (" + held + ")) UNION ALL (("
                + held + ") EXCEPT ALL (" + expected + "))) d"), "lead_term differs from its definition");
        // and the queries the definition tried found something (the check is not vacuous)
        assertTrue(Long.parseLong(scalar("SELECT count(*) FROM lead_term")) > 0);
        assertTrue(Long.parseLong(scalar("SELECT count(*) FROM lead_pair")) > 0);

        // every lexeme of every vector, counted by what a query of it finds, not by how the triggers count
        String articles = """
                SELECT l.lexeme, (SELECT count(*) FROM article a WHERE a.search @@
                           ('''' || replace(replace(l.lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery)
                FROM (SELECT DISTINCT l AS lexeme FROM article, unnest(tsvector_to_array(search)) l) l""";
        String counted = "SELECT lexeme, articles::bigint FROM lexeme_articles";
        assertEquals("0", scalar("SELECT count(*) FROM (((" + articles + ") EXCEPT ALL (" + counted + ")) UNION ALL (("
                + counted + ") EXCEPT ALL (" + articles + "))) d"), "lexeme_articles differs from its definition");
        assertTrue(Long.parseLong(scalar("SELECT count(*) FROM lexeme_articles")) > 0);
    }

    private void article(String id, String source, String dated, String title, String body) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, revision, source, title, body, received_at,"
                + " dated, analyzed_at, analyzer_version) VALUES (?, 'r1', ?, ?, ?, now(), ?::date, now(), 'test-1')")) {
            ps.setString(1, id);
            ps.setString(2, source);
            ps.setString(3, title);
            ps.setString(4, body);
            ps.setString(5, dated);
            ps.executeUpdate();
        }
    }

    private String scalar(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
