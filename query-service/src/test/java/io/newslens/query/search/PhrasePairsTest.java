package io.newslens.query.search;

import io.newslens.query.support.AnalysisSchema;
import io.newslens.testsupport.PostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pair query a phrase gets, and that V9's phrase_pairs of a text holding the phrase always satisfies it. */
class PhrasePairsTest {

    private static PostgresDatabase db;
    private static Connection c;

    @BeforeAll
    static void schema() throws SQLException {
        db = PostgresDatabase.create();
        AnalysisSchema.migrate(db.jdbcUrl(), db.username(), db.password());
        c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
        db.close();
    }

    @Test
    void aSingleLexemeIsOneLexemeAndNothingElse() {
        assertEquals("gas", PhrasePairs.conjunction("'gas'").single());
        assertEquals("o'brien", PhrasePairs.conjunction("'o''brien'").single());
        assertNull(PhrasePairs.conjunction("'gas' & 'oil'").single());
        assertNull(PhrasePairs.conjunction("'gas' <-> 'pipelin'").single());
        assertNull(PhrasePairs.conjunction("'gas':*"), "a prefix");
        assertNull(PhrasePairs.conjunction("'gas':A"), "a weight");
        assertNull(PhrasePairs.conjunction("!'gas'"));
        assertNull(PhrasePairs.conjunction("'back\\slash'"), "an escape");
    }

    @Test
    void aPairIsOneTwoLexemePhraseAndNothingElse() {
        assertEquals("xi jinp", PhrasePairs.conjunction("'xi' <-> 'jinp'").pair());
        assertEquals("o'brien said", PhrasePairs.conjunction("'o''brien' <-> 'said'").pair());
        assertNull(PhrasePairs.conjunction("'xi' & 'jinp'").pair(), "two words, no phrase");
        assertNull(PhrasePairs.conjunction("'nation' <-> 'health' <-> 'parti'").pair(), "three");
        assertNull(PhrasePairs.conjunction("'gas' <-> 'pipelin' & 'russia'").pair(), "a phrase and a word");
        assertNull(PhrasePairs.conjunction("'gas'").pair());
        assertNull(PhrasePairs.conjunction("'bank' <2> 'england'").pair(), "not adjacent");
    }

    @Test
    void onlyPlainConjunctionsOfPhrasesGetPairs() {
        assertEquals("'" + PhrasePairs.hash("nation health") + "' & '" + PhrasePairs.hash("health parti") + "'",
                PhrasePairs.of("'nation' <-> 'health' <-> 'parti'"));
        assertEquals("'" + PhrasePairs.hash("gas pipelin") + "'", PhrasePairs.of("'gas' <-> 'pipelin' & 'russia'"));
        assertEquals("'" + PhrasePairs.hash("o'brien said") + "'", PhrasePairs.of("'o''brien' <-> 'said'"));
        assertNull(PhrasePairs.of("'bank' <2> 'england'"), "no adjacent pair");
        assertNull(PhrasePairs.of("'gas' & 'pipelin'"), "no phrase");
        assertNull(PhrasePairs.of("'gas' <-> 'pipelin' | 'oil'"), "an OR: the pair is not needed by every match");
        assertNull(PhrasePairs.of("!'gas' <-> 'pipelin'"));
        assertNull(PhrasePairs.of("( 'gas' <-> 'pipelin' ) & 'oil'"));
        assertNull(PhrasePairs.of("'gas':* <-> 'pipelin'"));
        assertNull(PhrasePairs.of(""));
        assertNull(PhrasePairs.of("'gas' <->"));
    }

    @Test
    void whatATextHoldingThePhraseAlwaysHas() throws SQLException {
        String[][] cases = {
                {"The National Health Party met the Health Party.", "\"National Health Party\""},
                {"Ministers from Zürich's café society met in Genève.", "\"Zürich's café society\" Genève"},
                {"A covid-19 vaccine trial began, said O'Brien.", "\"covid-19 vaccine\" \"said O'Brien\""},
                {"Title words\u2003and then body words", "\"words and then\""},
        };
        for (String[] each : cases) {
            try (PreparedStatement ps = c.prepareStatement("SELECT websearch_to_tsquery('english', ?)::text,"
                    + " to_tsvector('english', ?) @@ websearch_to_tsquery('english', ?)")) {
                ps.setString(1, each[1]);
                ps.setString(2, each[0]);
                ps.setString(3, each[1]);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertTrue(rs.getBoolean(2), "the text matches " + each[1]);
                    String pairs = PhrasePairs.of(rs.getString(1));
                    if (!each[1].equals("\"words and then\"")) {
                        assertFalse(pairs == null, each[1] + " -> " + rs.getString(1));
                    }
                    if (pairs != null) {
                        assertTrue(holds(each[0], pairs), each[1] + ": " + pairs);
                        assertFalse(holds("Unrelated words about weather.", pairs), each[1]);
                    }
                }
            }
        }
    }

    private static boolean holds(String text, String pairs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT phrase_pairs(to_tsvector('english', ?)) @@ ?::tsquery")) {
            ps.setString(1, text);
            ps.setString(2, pairs);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
