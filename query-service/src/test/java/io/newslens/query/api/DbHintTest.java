package io.newslens.query.api;

import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the hints promise about how PostgreSQL plans a statement. */
@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class DbHintTest {

    @Inject
    Db db;

    /** Server-side prepared statements of this session whose text holds the marker. */
    private long prepared(String marker) {
        // the marker split in two, so that this statement's own text does not hold it
        return db.count(new Sql("SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%' || ? || ? || '%'",
                marker.substring(0, 3), marker.substring(3)));
    }

    @Test
    void planForValuesIsNeverAServerStatementWithAPlanToKeep() {
        // one thread, one statement at a time: the pool hands out the same connection
        Sql reused = new Sql("SELECT count(*) FROM entity WHERE id > ? /* reusedplan */", 0L);
        for (int i = 0; i < 8; i++) {
            db.list(reused, rs -> rs.getLong(1));
        }
        assertTrue(prepared("reusedplan") >= 1, "without the hint the driver prepares it on the server after five runs");

        Sql perCall = new Sql("SELECT count(*) FROM entity WHERE id > ? /* percallplan */", 0L);
        long entities = db.count(new Sql("SELECT count(*) FROM entity"));
        for (int i = 0; i < 8; i++) {
            assertEquals(entities, db.list(Db.Hint.PLAN_FOR_VALUES, perCall, rs -> rs.getLong(1)).get(0));
        }
        assertEquals(0, prepared("percallplan"));
    }

    /** EXPLAIN's lines for a statement, with or without a hint. */
    private String plan(Db.Hint hint, Sql sql) {
        return String.join("\n", db.list(hint, new Sql("EXPLAIN ").add(sql), rs -> rs.getString(1)));
    }

    @Test
    void indexWalkWalksTheDateIndexWhereTheBitmapLooksCheaper() {
        // a word no article holds: the planner's best is the GIN bitmap and a sort, the generic plan's choice for all
        Sql newest = new Sql("SELECT a.id FROM article a WHERE a.search @@ to_tsquery('english', 'zzqxnotaword')"
                + " ORDER BY a.dated DESC, a.id DESC LIMIT 21");
        String unhinted = plan(null, newest);
        assertTrue(unhinted.contains("Bitmap Index Scan"), unhinted);
        String walk = plan(Db.Hint.INDEX_WALK, newest);
        assertTrue(walk.contains("Index Scan using article_dated_idx") && !walk.contains("Bitmap") && !walk.contains("Seq Scan"), walk);
    }

    @Test
    void eachHintHasItsOwnServerStatementAndPlan() {
        // run often enough for the driver to prepare it on the server under each hint and without one: a shared
        // server statement would keep the generic plan of whichever hint came first
        Sql newest = new Sql("SELECT a.id FROM article a WHERE a.search @@ ?::tsquery /* ownplan */"
                + " ORDER BY a.dated DESC, a.id DESC LIMIT 21", new TsQuery("'zzqxnotaword'"));
        for (int i = 0; i < 8; i++) {
            for (Db.Hint hint : new Db.Hint[] {Db.Hint.INDEX_WALK, Db.Hint.NO_INDEX_WALK, null}) {
                assertEquals(List.of(), db.list(hint, newest, rs -> rs.getString(1)));
            }
        }
        assertEquals(3, prepared("ownplan"));
    }
}
