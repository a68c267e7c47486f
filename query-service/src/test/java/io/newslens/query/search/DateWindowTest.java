package io.newslens.query.search;

import io.newslens.query.api.Params.DateRange;
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
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Newest-first search reads a window of the newest articles first when the query's rarest word is in few of them
 * (V12's counts), and walks the date index when the window holds less than a page. Either way every page must be
 * the one the definition gives (matches by date, then id, descending), whatever the limit, source, dates and
 * cursor: on a corpus where a rare word and a rare phrase are spread unevenly over time, so that some windows are
 * too small and some are not.
 */
class DateWindowTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final String[] SOURCES = {"src-1", "src-2", null};

    private static PostgresDatabase database;
    private static Connection c;
    private static ArticleSearch search;

    @BeforeAll
    static void corpus() throws SQLException {
        database = PostgresDatabase.create();
        AnalysisSchema.migrate(database.jdbcUrl(), database.username(), database.password());
        c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        search = new ArticleSearch(AnalysisSchema.db(database), () -> 5);
        Random rnd = new Random(5);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO article (id, revision, source, title, body, received_at,"
                + " dated, analyzed_at, analyzer_version) VALUES (?, 'r1', ?, 'Weekly notes', ?, now(), ?, now(), 'test-1')")) {
            for (int n = 0; n < 1500; n++) {
                int day = rnd.nextInt(700);
                StringBuilder body = new StringBuilder("Harbour traffic and grain prices were reported as usual.");
                // "lighthouse" in about 2 % of articles, most of them in the first year; the phrase "tidal
                // barrier" in about 1 %, a few times "barrier tidal" (the words without the phrase)
                if (rnd.nextInt(100) < (day < 350 ? 3 : 1)) {
                    body.append(" A lighthouse keeper spoke.");
                }
                if (rnd.nextInt(100) < 1) {
                    body.append(" The tidal barrier held.");
                } else if (rnd.nextInt(100) < 1) {
                    body.append(" A barrier stood where the tidal flats end.");
                }
                ps.setString(1, String.format("w%04d", n));
                ps.setString(2, SOURCES[rnd.nextInt(SOURCES.length)]);
                ps.setString(3, body.toString());
                ps.setObject(4, START.plusDays(day));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE article"); // the share of articles is the planner's count of them
        }
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
        database.close();
    }

    @Test
    void everyPageIsTheDefinitionsWithOrWithoutTheWindow() throws SQLException {
        // the window is in play for both queries (the test is not vacuous): rare enough, and a start inside the range
        for (String q : List.of("lighthouse", "\"tidal barrier\"")) {
            SearchRequest r = new SearchRequest(q, List.of(), null, null, new DateRange(null, null), SortOrder.DATE, 3, null)
                    .parsed(tsquery(q));
            assertNotNull(((NewestFirst) search.plan(r)).window().orElseThrow().since(), q);
        }
        Random rnd = new Random(17);
        int cases = 0;
        for (String q : List.of("lighthouse", "\"tidal barrier\"", "lighthouse keeper")) {
            for (int limit : new int[] {1, 3, 10}) {
                for (String source : new String[] {null, "src-1"}) {
                    for (int range = 0; range < 3; range++) {
                        LocalDate from = range == 0 ? null : START.plusDays(rnd.nextInt(400));
                        LocalDate to = range == 2 ? from.plusDays(60 + rnd.nextInt(200)) : null;
                        List<String> expected = expected(q, source, from, to);
                        List<String> got = allPages(q, source, new DateRange(from, to), limit);
                        assertEquals(expected, got, q + " limit " + limit + " source " + source + " from " + from + " to " + to);
                        cases++;
                    }
                }
            }
        }
        assertEquals(54, cases);
    }

    /** Every hit of every page, following the cursor. */
    private static List<String> allPages(String q, String source, DateRange dates, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            SearchCursor key = SearchCursor.decode(cursor, SortOrder.DATE);
            SearchResult page = search.search(new SearchRequest(q, List.of(), null, source, dates, SortOrder.DATE, limit, key));
            page.hits().forEach(h -> ids.add(h.id()));
            assertTrue(page.hits().size() <= limit);
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }

    private static List<String> expected(String q, String source, LocalDate from, LocalDate to) throws SQLException {
        List<String> ids = SearchOracle.newestFirst(c, q, new SearchOracle.Filters(List.of(), null, source, from, to));
        assertTrue(ids.size() > 5 || from != null || source != null, "too few matches for " + q + ": " + ids.size());
        return ids;
    }

    private static String tsquery(String q) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT websearch_to_tsquery('english', ?)::text")) {
            ps.setString(1, q);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
