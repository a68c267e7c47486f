package io.newslens.query.search;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.search.SearchOracle.Filters;
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
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static io.newslens.query.search.SortOrder.DATE;
import static io.newslens.query.search.SortOrder.RELEVANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each way of running a search ({@link SearchStrategy}) is chosen by {@link SearchPlanner} for the case it is meant for
 * (on the first page and after a cursor), and every page it gives, followed through its cursor, is the one the definition gives
 * ({@link SearchOracle}), its total too. Totals are exact up to 5 here, so that a corpus of 160 articles has both few
 * and many matches: a common word in title, lead or only further down, a rare one, a rarer one, two-word phrases
 * in many leads, in few leads but many bodies and in few articles, entities and a speaker.
 */
class SearchPlannerTest {

    private static final int EXACT = 5;
    private static final int[] LIMITS = {3, 8};
    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final String[] SOURCES = {"src-1", "src-2", "src-3"};
    private static final long ADA = 1, PORT = 2;
    /** Past the lead (400 characters) whatever the lead holds: what follows matches in the body tier only. */
    private static final String FILLER = "Harbour traffic and grain prices were reported as usual. ".repeat(8);

    private static PostgresDatabase database;
    private static AgroalDataSource pool;
    private static Connection c;
    private static ArticleSearch search;

    @BeforeAll
    static void corpus() throws SQLException {
        database = PostgresDatabase.create();
        AnalysisSchema.migrate(database.jdbcUrl(), database.username(), database.password());
        c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        // a pool, as the service has: a new connection (and server process) for every statement made this test take
        // minutes instead of seconds
        pool = AgroalDataSource.from(new AgroalPropertiesReader().readProperties(Map.of(AgroalPropertiesReader.MAX_SIZE, "2",
                AgroalPropertiesReader.JDBC_URL, database.jdbcUrl(), AgroalPropertiesReader.PRINCIPAL, database.username(),
                AgroalPropertiesReader.CREDENTIAL, database.password())));
        search = new ArticleSearch(new Db(pool), () -> EXACT);
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO entity (id, name, type, name_key) VALUES (1, 'Ada Harrow', 'PERSON', 'ada harrow'),"
                    + " (2, 'Port Authority', 'ORGANIZATION', 'port authority')");
        }
        Random rnd = new Random(11);
        try (PreparedStatement article = c.prepareStatement("INSERT INTO article (id, revision, source, title, body, received_at,"
                + " dated, analyzed_at, analyzer_version) VALUES (?, 'r1', ?, ?, ?, now(), ?, now(), 'test-1')");
             PreparedStatement mentions = c.prepareStatement("INSERT INTO article_entity (article_id, entity_id, name, aliases,"
                     + " mention_count, dated) VALUES (?, ?, (SELECT name FROM entity WHERE id = ?), '{}', 1, ?)");
             PreparedStatement quote = c.prepareStatement("INSERT INTO quote (article_id, seq, start_offset, end_offset, text,"
                     + " speaker_id, speaker_name, cue, confidence, block, dated) VALUES (?, 0, ?, ?, ?, 1, 'Ada Harrow', 'said',"
                     + " 0.9, false, ?)")) {
            for (int n = 0; n < 160; n++) {
                String id = String.format("p%03d", n);
                LocalDate dated = START.plusDays(rnd.nextInt(200));
                String title = "Weekly notes";
                StringBuilder lead = new StringBuilder("Notes from the coast. ");
                StringBuilder tail = new StringBuilder();
                boolean lighthouse = true;
                int r = rnd.nextInt(100);
                if (r < 6) {
                    title = "Lighthouse notes";
                } else if (r < 16) {
                    lead.append("A lighthouse stood. ".repeat(1 + rnd.nextInt(3)));
                } else if (r < 28) {
                    tail.append("The lighthouse was seen far off. ");
                } else {
                    lighthouse = false;
                }
                if (lighthouse && rnd.nextBoolean() || rnd.nextInt(100) < 5) {
                    (rnd.nextBoolean() ? lead : tail).append("A keeper waved. ");
                }
                if (n % 40 == 10) {
                    (n % 80 == 10 ? lead : tail).append("A beacon burned. ");
                    if (n < 60) {
                        tail.append("Its keeper slept. ");
                    }
                }
                if (n % 25 == 7) {
                    (n % 50 == 7 ? lead : tail).append("A gull cried. ");
                }
                if (rnd.nextInt(100) < 12) {
                    lead.append("The tidal barrier held. ");
                } else if (rnd.nextInt(100) < 5) {
                    tail.append("A barrier stood where the tidal flats end. ");
                }
                if (n % 40 == 5) {
                    lead.append("The harbour master called. ");
                } else if (rnd.nextInt(100) < 10) {
                    tail.append("The harbour master spoke later. ");
                }
                if (n % 40 == 20) {
                    (n == 20 ? lead : tail).append("A quiet jetty waited. ");
                }
                boolean ada = rnd.nextInt(100) < 35;
                String said = ada && rnd.nextBoolean() ? "We keep watch" : null;
                String body = lead + FILLER + tail + (said == null ? "" : "\"" + said + ",\" Ada Harrow said.");
                article.setString(1, id);
                article.setString(2, SOURCES[rnd.nextInt(SOURCES.length)]);
                article.setString(3, title);
                article.setString(4, body);
                article.setObject(5, dated);
                article.executeUpdate();
                for (long entity : ada && rnd.nextInt(100) < 40 ? new long[] {ADA, PORT} : ada ? new long[] {ADA}
                        : rnd.nextInt(100) < 15 ? new long[] {PORT} : new long[0]) {
                    mentions.setString(1, id);
                    mentions.setLong(2, entity);
                    mentions.setLong(3, entity);
                    mentions.setObject(4, dated);
                    mentions.executeUpdate();
                }
                if (said != null) {
                    int start = body.indexOf(said);
                    quote.setString(1, id);
                    quote.setInt(2, start);
                    quote.setInt(3, start + said.length());
                    quote.setString(4, said);
                    quote.setObject(5, dated);
                    quote.executeUpdate();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE article"); // a word's share of the articles is the planner's count of them
        }
    }

    @AfterAll
    static void close() throws SQLException {
        pool.close();
        c.close();
        database.close();
    }

    @Test
    void withoutATextBrowse() throws SQLException {
        pagesAreTheOracles(Browse.class, null, DATE, new Filters(List.of(), null, null, START.plusDays(120), null));
        pagesAreTheOracles(Browse.class, null, DATE, new Filters(List.of(), null, "src-2", START.plusDays(30), START.plusDays(150)));
        pagesAreTheOracles(Browse.class, null, DATE, new Filters(List.of(ADA), null, null, null, null));
        pagesAreTheOracles(Browse.class, null, DATE, new Filters(List.of(ADA, PORT), null, null, START.plusDays(40), null));
        pagesAreTheOracles(Browse.class, null, DATE, new Filters(List.of(PORT), ADA, null, null, null));
    }

    @Test
    void fewMatchesAreCutFromAllOfThem() throws SQLException {
        for (SortOrder sort : SortOrder.values()) {
            // a phrase: its lead matches' scores from its lead pairs
            pagesAreTheOracles(AllMatches.class, "\"quiet jetty\"", sort, Filters.NONE);
            // neither one word nor one phrase
            pagesAreTheOracles(AllMatches.class, "gull or beacon", sort, new Filters(List.of(), null, "src-1", null, null));
            pagesAreTheOracles(AllMatches.class, "beacon keeper", sort, Filters.NONE);
            // one word with an entity: the lead terms carry no entities
            pagesAreTheOracles(AllMatches.class, "gull", sort, new Filters(List.of(ADA), null, null, null, null));
            pagesAreTheOracles(AllMatches.class, "keeper", sort, new Filters(List.of(), ADA, null, null, null));
        }
    }

    @Test
    void oneWordOrPhraseByRelevanceReadsItsLeadTermsFirst() throws SQLException {
        assertTrue(tiers("lighthouse").containsAll(Set.of(Tier.LEAD, Tier.BODY)), "lighthouse in leads and bodies");
        pagesAreTheOracles(LeadTierFirst.class, "lighthouse", RELEVANCE, Filters.NONE);
        pagesAreTheOracles(LeadTierFirst.class, "Lighthouses", RELEVANCE, new Filters(List.of(), null, "src-1", null, null));
        pagesAreTheOracles(LeadTierFirst.class, "lighthouse", RELEVANCE,
                new Filters(List.of(), null, null, START.plusDays(20), START.plusDays(120)));
        // few matches: the body tier from their bitmap
        pagesAreTheOracles(LeadTierFirst.class, "beacon", RELEVANCE, Filters.NONE);
        // a phrase in more leads than the exact total counts
        pagesAreTheOracles(LeadTierFirst.class, "\"tidal barrier\"", RELEVANCE, Filters.NONE);
        // a phrase in few leads and many bodies: the pass counts the total, the lead pairs give the lead tier
        assertTrue(tiers("\"harbour master\"").containsAll(Set.of(Tier.LEAD, Tier.BODY)), "harbour master in leads and bodies");
        pagesAreTheOracles(LeadTierFirst.class, "\"harbour master\"", RELEVANCE, Filters.NONE);
    }

    @Test
    void manyMatchesOfAnythingElseByRelevanceRankTheLeadTierThroughTheIndexes() throws SQLException {
        assertTrue(tiers("lighthouse keeper").containsAll(Set.of(Tier.LEAD, Tier.BODY)), "lighthouse keeper in leads and bodies");
        pagesAreTheOracles(RankedTiers.class, "lighthouse keeper", RELEVANCE, Filters.NONE);
        pagesAreTheOracles(RankedTiers.class, "lighthouse or tidal", RELEVANCE, Filters.NONE);
        pagesAreTheOracles(RankedTiers.class, "lighthouse -keeper", RELEVANCE, Filters.NONE);
        pagesAreTheOracles(RankedTiers.class, "lighthouse", RELEVANCE, new Filters(List.of(ADA), null, null, null, null));
        pagesAreTheOracles(RankedTiers.class, "lighthouse or watch", RELEVANCE, new Filters(List.of(), ADA, null, null, null));
    }

    @Test
    void newestFirstWithATextOfManyMatchesOrOneWord() throws SQLException {
        pagesAreTheOracles(NewestFirst.class, "lighthouse", DATE, Filters.NONE);
        pagesAreTheOracles(NewestFirst.class, "lighthouse", DATE, new Filters(List.of(), null, "src-3", START.plusDays(10), null));
        // few matches: the bitmap and a sort
        pagesAreTheOracles(NewestFirst.class, "beacon", DATE, Filters.NONE);
        // a word in under 5 % of the articles: a window of the newest first
        SearchStrategy gull = search.plan(request("gull", DATE, Filters.NONE, 1, null));
        assertNotNull(((NewestFirst) gull).window().orElseThrow().since(), "gull's window");
        pagesAreTheOracles(NewestFirst.class, "gull", DATE, Filters.NONE, 1, 2);
        pagesAreTheOracles(NewestFirst.class, "\"tidal barrier\"", DATE, Filters.NONE);
        pagesAreTheOracles(NewestFirst.class, "\"harbour master\"", DATE, Filters.NONE);
        pagesAreTheOracles(NewestFirst.class, "lighthouse keeper", DATE, Filters.NONE);
        pagesAreTheOracles(NewestFirst.class, "lighthouse or tidal", DATE, Filters.NONE);
        pagesAreTheOracles(NewestFirst.class, "lighthouse", DATE, new Filters(List.of(ADA), null, null, null, null));
    }

    /**
     * For each limit: the planner chooses {@code strategy} for the first page and the second, each page holds at most the limit, the total
     * is the oracle's (exact up to {@link #EXACT}, "gte" beyond), and the pages followed through their cursors (as the
     * API hands them out) are the oracle's matches, in its order.
     */
    private static void pagesAreTheOracles(Class<? extends SearchStrategy> strategy, String q, SortOrder sort, Filters f,
                                           int... limits) throws SQLException {
        List<String> expected = sort == RELEVANCE ? SearchOracle.byRelevance(c, q, f) : SearchOracle.newestFirst(c, q, f);
        String what = q + " by " + sort + " " + f;
        boolean few = strategy == AllMatches.class || "beacon".equals(q);
        assertTrue(few ? expected.size() >= 2 && expected.size() <= EXACT : expected.size() > EXACT,
                "the corpus does not give this case: " + expected.size() + " matches for " + what);
        for (int limit : limits.length > 0 ? limits : LIMITS) {
            List<String> got = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                SearchRequest r = request(q, sort, f, limit, SearchCursor.decode(cursor, sort));
                if (pages < 2) { // the first page and one after a cursor (the cursor takes no part in the choice)
                    assertEquals(strategy, search.plan(r).getClass(), what + ", page " + pages);
                }
                SearchResult page = search.search(r);
                assertTrue(page.hits().size() <= limit, what);
                assertEquals(Math.min(expected.size(), EXACT), page.total(), what);
                assertEquals(expected.size() <= EXACT ? "eq" : "gte", page.totalRelation(), what);
                page.hits().forEach(h -> got.add(h.id()));
                cursor = page.nextCursor();
                pages++;
            } while (cursor != null && pages <= expected.size());
            assertEquals(expected, got, what + ", limit " + limit);
        }
    }

    private static SearchRequest request(String q, SortOrder sort, Filters f, int limit, SearchCursor cursor) {
        return new SearchRequest(q, f.entities(), f.speaker(), f.source(), new DateRange(f.from(), f.to()), sort, limit, cursor);
    }

    /** The tiers a query's matches fall in: whether some match in title or lead, and some only further down. */
    private static Set<Tier> tiers(String q) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT bool_or(a.rank_search @@ q), bool_or(NOT a.rank_search @@ q)"
                + " FROM article a, websearch_to_tsquery('english', ?) q WHERE a.search @@ q")) {
            ps.setString(1, q);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Set<Tier> tiers = new java.util.HashSet<>();
                if (rs.getBoolean(1)) {
                    tiers.add(Tier.LEAD);
                }
                if (rs.getBoolean(2)) {
                    tiers.add(Tier.BODY);
                }
                return tiers;
            }
        }
    }
}
