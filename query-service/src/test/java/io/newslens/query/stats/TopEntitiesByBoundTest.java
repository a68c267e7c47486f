package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.EntityType;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Top entities of a date range, read candidate batch by candidate batch in order of their all-time articles, must be
 * the ranking computed from scratch from article_entity, whatever the range, type, source and limit: on a corpus
 * where some entities are busy in a few months only (so an all-time order is a loose bound), with batches small
 * enough that the stopping rule decides after several rounds, and with the batches the service uses.
 */
class TopEntitiesByBoundTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final int DAYS = 730;
    private static final String[] SOURCES = {"src-1", "src-2", "src-3", null};

    private static PostgresDatabase database;
    private static Connection c;
    private static Db db;

    @BeforeAll
    static void corpus() throws SQLException {
        database = PostgresDatabase.create();
        AnalysisSchema.migrate(database.jdbcUrl(), database.username(), database.password());
        c = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        db = AnalysisSchema.db(database);
        Random rnd = new Random(11);
        int entities = 160;
        try (PreparedStatement e = c.prepareStatement("INSERT INTO entity (id, name, type, name_key) VALUES (?, ?, ?, ?)")) {
            for (int id = 1; id <= entities; id++) {
                e.setLong(1, id);
                e.setString(2, "E" + id);
                e.setString(3, EntityType.values()[id % 4].name());
                e.setString(4, "e" + id);
                e.addBatch();
            }
            e.executeBatch();
        }
        try (PreparedStatement a = c.prepareStatement("INSERT INTO article (id, revision, source, body, received_at, dated,"
                + " analyzed_at, analyzer_version) VALUES (?, 'r1', ?, 'text', now(), ?, now(), 't')");
             PreparedStatement ae = c.prepareStatement("INSERT INTO article_entity (article_id, entity_id, name, aliases,"
                     + " mention_count, dated) VALUES (?, ?, 'n', '{n}', ?, ?)")) {
            for (int i = 0; i < 1500; i++) {
                String id = "t" + i;
                LocalDate dated = START.plusDays(rnd.nextInt(DAYS));
                a.setString(1, id);
                a.setString(2, SOURCES[rnd.nextInt(SOURCES.length)]);
                a.setObject(3, dated);
                a.addBatch();
                Set<Long> mentioned = new LinkedHashSet<>();
                int n = 2 + rnd.nextInt(6);
                while (mentioned.size() < n) {
                    // popularity falls with the id; every tenth entity is busy in one month of its own only
                    long entity = 1 + (long) (entities * Math.pow(rnd.nextDouble(), 2.2));
                    if (entity % 10 == 0 && dated.getMonthValue() != entity % 12 + 1) {
                        continue;
                    }
                    mentioned.add(entity);
                }
                for (long entity : mentioned) {
                    ae.setString(1, id);
                    ae.setLong(2, entity);
                    ae.setInt(3, 1 + rnd.nextInt(4));
                    ae.setObject(4, dated);
                    ae.addBatch();
                }
            }
            a.executeBatch();
            ae.executeBatch();
        }
    }

    @AfterAll
    static void drop() throws SQLException {
        c.close();
        database.close();
    }

    @Test
    void rankingEqualsTheOneFromScratch() throws SQLException {
        Random rnd = new Random(5);
        TopEntitiesQuery smallBatches = new TopEntitiesQuery(db, 3, 1);
        TopEntitiesQuery service = new TopEntitiesQuery(db);
        int cases = 0;
        for (int i = 0; i < 150; i++) {
            LocalDate from = rnd.nextInt(6) == 0 ? null : START.plusDays(rnd.nextInt(DAYS));
            LocalDate to = rnd.nextInt(6) == 0 ? null : (from == null ? START : from).plusDays(rnd.nextInt(i % 3 == 0 ? 20 : 400));
            if (from == null && to == null) {
                to = START.plusDays(100);
            }
            EntityType type = rnd.nextInt(3) == 0 ? EntityType.values()[rnd.nextInt(4)] : null;
            String source = rnd.nextInt(4) == 0 ? SOURCES[rnd.nextInt(3)] : null;
            int limit = 1 + rnd.nextInt(i % 2 == 0 ? 5 : 40);
            DateRange range = new DateRange(from, to);
            List<String> expected = fromScratch(type, range, source, limit);
            String what = "type " + type + ", " + from + " to " + to + ", source " + source + ", limit " + limit;
            assertEquals(expected, render(smallBatches.top(type, range, source, limit)), what);
            assertEquals(expected, render(service.top(type, range, source, limit)), what);
            cases += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(cases > 120, "most ranges hold entities: " + cases);
    }

    private static List<String> render(List<StatsModels.TopEntity> top) {
        return top.stream().map(t -> t.id() + ":" + t.articles() + ":" + t.mentions()).toList();
    }

    private static List<String> fromScratch(EntityType type, DateRange range, String source, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ae.entity_id, count(*), sum(ae.mention_count) FROM article_entity ae"
                + " JOIN article a ON a.id = ae.article_id JOIN entity e ON e.id = ae.entity_id"
                + " WHERE (CAST(? AS date) IS NULL OR a.dated >= ?) AND (CAST(? AS date) IS NULL OR a.dated <= ?)"
                + " AND (CAST(? AS text) IS NULL OR a.source = ?) AND (CAST(? AS text) IS NULL OR e.type = ?)"
                + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?")) {
            ps.setObject(1, range.from());
            ps.setObject(2, range.from());
            ps.setObject(3, range.to());
            ps.setObject(4, range.to());
            ps.setString(5, source);
            ps.setString(6, source);
            ps.setString(7, type == null ? null : type.name());
            ps.setString(8, type == null ? null : type.name());
            ps.setInt(9, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getLong(3));
                }
            }
            return out;
        }
    }
}
