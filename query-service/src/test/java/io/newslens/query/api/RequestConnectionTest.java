package io.newslens.query.api;

import io.agroal.api.AgroalPoolInterceptor;
import io.newslens.query.support.AnalysedDatabaseResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.newslens.query.support.Fixtures.PUTIN;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A request takes one connection from the pool for all its statements, and gives it back. The profile runs five
 * statements (its data version, the entity, companions, quotes by and about it), a page of quotes about an entity
 * three or more, a search several: each must be one acquisition, not one per statement.
 */
@QuarkusTest
@QuarkusTestResource(value = AnalysedDatabaseResource.class, restrictToAnnotatedClass = false)
class RequestConnectionTest {

    /** Counts the pool's acquisitions and returns (Quarkus registers every AgroalPoolInterceptor bean on the pool). */
    @Singleton
    public static class PoolCounter implements AgroalPoolInterceptor {
        final AtomicLong acquired = new AtomicLong();
        final AtomicLong out = new AtomicLong();

        @Override
        public void onConnectionAcquire(Connection connection) {
            acquired.incrementAndGet();
            out.incrementAndGet();
        }

        @Override
        public void onConnectionReturn(Connection connection) {
            out.decrementAndGet();
        }
    }

    @Inject
    PoolCounter pool;

    @Test
    void aRequestBorrowsOneConnectionForAllItsStatements() {
        for (String path : List.of("/entities/" + PUTIN, "/quotes?about=" + PUTIN, "/articles?q=putin", "/stats/timeline?entity=" + PUTIN)) {
            long acquiredBefore = pool.acquired.get();
            long activeBefore = pool.out.get();
            given().when().get(path).then().statusCode(200).body("size()", greaterThan(0));
            assertEquals(1, pool.acquired.get() - acquiredBefore, path + ": connections taken");
            assertEquals(activeBefore, pool.out.get(), path + ": a connection not given back");
        }
    }

    @Test
    void aConditionalRequestAnsweredFromItsTagTakesOneConnectionToo() {
        String tag = given().when().get("/entities/" + PUTIN).then().statusCode(200).extract().header("ETag");
        long acquiredBefore = pool.acquired.get();
        given().header("If-None-Match", tag).when().get("/entities/" + PUTIN).then().statusCode(304);
        assertEquals(1, pool.acquired.get() - acquiredBefore);
        assertEquals(0, pool.out.get(), "the 304's connection given back");
    }
}
