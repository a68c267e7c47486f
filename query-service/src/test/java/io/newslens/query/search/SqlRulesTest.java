package io.newslens.query.search;

import io.newslens.query.support.AnalysisSchema;
import io.newslens.query.support.Fixtures;
import io.newslens.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules written both in this service's Java and in analysis-service's SQL, held together on a migrated database: the
 * phrase-pair hash ({@link PhrasePairs#hash} and the SQL function {@code phrase_pairs}) and the relevance
 * normalisation ({@link Relevance#NORMALIZATION} and the scores the database stores in {@code lead_term} and
 * {@code lead_pair}). Change one side and this fails.
 */
class SqlRulesTest {

    private static PostgresDatabase database;
    private static Connection c;

    @BeforeAll
    static void corpus() throws SQLException {
        database = PostgresDatabase.create();
        AnalysisSchema.migrate(database.jdbcUrl(), database.username(), database.password());
        c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        Fixtures.insert(c);
        c.setAutoCommit(true);
    }

    @AfterAll
    static void drop() throws SQLException {
        c.close();
        database.close();
    }

    @Test
    void phrasePairsAreHashedAlikeInJavaAndInTheDatabase() throws SQLException {
        for (List<String> pair : List.of(List.of("vladimir", "putin"), List.of("xi", "jinping"), List.of("josé", "martí"),
                List.of("o", "driscoll"), List.of("o'brien", "said"), List.of("2023", "年"))) {
            // the two words at positions 1 and 2 of a vector: its one adjacent pair
            try (PreparedStatement ps = c.prepareStatement("SELECT array_agg(lexeme) FROM unnest(phrase_pairs(?::tsvector))")) {
                ps.setString(1, quoted(pair.get(0)) + ":1 " + quoted(pair.get(1)) + ":2");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(List.of(PhrasePairs.hash(pair.get(0) + " " + pair.get(1))),
                            List.of((String[]) rs.getArray(1).getArray()), pair.toString());
                }
            }
        }
    }

    @Test
    void storedLeadScoresAreTheSearchsRanks() throws SQLException {
        String terms = "SELECT count(*), count(*) FILTER (WHERE t.score <> ts_rank_cd(a.rank_search, lexeme_query(t.lexeme), ?)::real)"
                + " FROM lead_term t JOIN article a ON a.id = t.article_id";
        String pairs = "SELECT count(*), count(*) FILTER (WHERE t.score <> ts_rank_cd(a.rank_search,"
                + " tsquery_phrase(lexeme_query(split_part(t.pair, ' ', 1)), lexeme_query(split_part(t.pair, ' ', 2))), ?)::real)"
                + " FROM lead_pair t JOIN article a ON a.id = t.article_id";
        for (String sql : List.of(terms, pairs)) {
            long[] same = counts(sql, Relevance.NORMALIZATION);
            assertTrue(same[0] > 20, "the fixtures give the table rows to compare: " + same[0]);
            assertEquals(0, same[1], "rows scored otherwise than the search ranks: " + sql);
            // and the comparison can tell: without the normalisation the scores differ
            long[] other = counts(sql, 0);
            assertTrue(other[1] > 0, "normalisation 0 scores the same rows differently");
        }
    }

    private static long[] counts(String sql, int normalization) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, normalization);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    private static String quoted(String lexeme) {
        return "'" + lexeme.replace("'", "''") + "'";
    }
}
