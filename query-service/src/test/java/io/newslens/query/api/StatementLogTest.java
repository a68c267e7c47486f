package io.newslens.query.api;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.newslens.query.support.Fixtures.PUTIN;
import static io.newslens.query.support.Fixtures.XI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statement log (Db.STATEMENT_LOG) is what the query benchmark replays for its floor: each logged line, run as it
 * stands in a plain session, must give what the service's statement gave.
 */
@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class StatementLogTest {

    @Inject
    Db db;

    @Inject
    DataSource dataSource;

    private final Logger log = Logger.getLogger(Db.STATEMENT_LOG);
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;

    @BeforeEach
    void on() {
        before = log.getLevel();
        log.setLevel(Level.FINE); // DEBUG
        log.addHandler(capture);
    }

    @AfterEach
    void off() {
        log.removeHandler(capture);
        log.setLevel(before);
    }

    /** The rows of each logged line's statements, run as text in a session of their own, each statement's rows. */
    private List<List<String>> replay(String line) throws Exception {
        List<String> statements = new ObjectMapper().readValue(line, new TypeReference<List<String>>() { });
        List<List<String>> results = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            for (String statement : statements) {
                List<String> rows = new ArrayList<>();
                boolean hasRows;
                try {
                    hasRows = st.execute(statement);
                } catch (SQLException e) {
                    throw new AssertionError("the logged statement does not run: " + statement, e);
                }
                if (hasRows) {
                    try (ResultSet rs = st.getResultSet()) {
                        while (rs.next()) {
                            rows.add(rs.getString(1));
                        }
                    }
                }
                results.add(rows);
            }
        }
        return results;
    }

    @Test
    void offByDefault() {
        off();
        db.list(new Sql("SELECT id FROM entity WHERE id = ?", PUTIN), rs -> rs.getString(1));
        assertTrue(lines.isEmpty(), lines.toString());
        on();
    }

    @Test
    void eachLoggedStatementRunsAsItStandsAndGivesTheSameRows() throws Exception {
        // parameters of every kind the service binds, and a text that needs escaping
        Sql sql = new Sql("SELECT a.id FROM article a WHERE a.dated >= ? AND a.id = ANY (?) AND a.search @@ ?::tsquery"
                + " AND a.title <> ? AND EXISTS (SELECT 1 FROM article_entity x WHERE x.article_id = a.id AND x.entity_id = ANY (?))"
                + " AND length(a.id) < ? ORDER BY a.id",
                LocalDate.of(2022, 6, 1), new String[] {"a1", "a2", "a3", "a4", "a5", "x'y"}, new TsQuery("'putin' | 'russia'"),
                "it's a \\ title \"quoted\"", new Long[] {PUTIN, XI, 8L}, 10);
        List<String> rows = db.list(sql, rs -> rs.getString(1));
        assertFalse(rows.isEmpty(), "the statement must find rows, or the comparison proves nothing");
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(List.of(rows), replay(lines.get(0)));

        lines.clear();
        List<String> hinted = db.list(Db.Hint.INDEX_WALK, new Sql(
                "SELECT a.id FROM article a WHERE a.search @@ ?::tsquery ORDER BY a.dated DESC, a.id DESC LIMIT ?",
                new TsQuery("'putin'"), 3), rs -> rs.getString(1));
        assertFalse(hinted.isEmpty());
        assertEquals(1, lines.size(), lines.toString());
        List<List<String>> replayed = replay(lines.get(0));
        // BEGIN, the hint's settings, the statement, ROLLBACK: the statement's rows are the third result
        assertEquals(4, replayed.size(), lines.get(0));
        assertEquals(hinted, replayed.get(2));
        assertTrue(lines.get(0).contains("enable_bitmapscan"), lines.get(0));
    }
}
