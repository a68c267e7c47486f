package io.newslens.analysis.store;

import io.agroal.api.AgroalDataSource;
import io.newslens.testsupport.KafkaTestResource;
import io.newslens.testsupport.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store writes an article's mentions, entities and quotes as JDBC batches, and the read model keeps its rollups
 * with statement-level triggers. The service's connections send a batch of inserts as multi-row statements
 * ({@code reWriteBatchedInserts}), so such a trigger runs once for many rows instead of once a row.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
class BatchedInsertsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBatchOfInsertsFiresAStatementTriggerOncePerStatementNotPerRow() throws Exception {
        int rows = 300;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE batch_probe (a int PRIMARY KEY, b text[])");
            s.execute("CREATE TEMP TABLE batch_probe_calls (n int)");
            s.execute("""
                    CREATE FUNCTION pg_temp.batch_probe_count() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN INSERT INTO batch_probe_calls SELECT count(*) FROM inserted; RETURN NULL; END $$""");
            s.execute("""
                    CREATE TRIGGER batch_probe_count AFTER INSERT ON batch_probe REFERENCING NEW TABLE AS inserted
                    FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.batch_probe_count()""");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch_probe (a, b) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                for (int i = 0; i < rows; i++) {
                    ps.setInt(1, i);
                    ps.setArray(2, c.createArrayOf("text", new Object[] {"alias " + i}));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(n) FROM batch_probe_calls")) {
                rs.next();
                assertEquals(rows, rs.getInt(2), "every row inserted");
                assertTrue(rs.getInt(1) <= 8, rs.getInt(1) + " trigger calls for " + rows + " rows: the batch went a row a statement");
            }
        }
    }
}
