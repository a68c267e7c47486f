package io.newslens.analysis.consume;

import jakarta.transaction.RollbackException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static io.newslens.analysis.consume.Failures.Kind.PERMANENT;
import static io.newslens.analysis.consume.Failures.Kind.TRANSIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures wait for the database and which dead-letter a message, as the issue and Failures' rule say. */
class FailuresTest {

    @ParameterizedTest(name = "SQLState {0} is transient")
    @ValueSource(strings = {"08001", "08003", "08006", "57P01", "57P02", "57P03", "57014", "40001", "40P01", "55P03",
            "53300", "53100", "25006", "23505", "42P01", "XX000"})
    void theDatabaseAwayOrBusyIsTransient(String state) {
        assertEquals(TRANSIENT, Failures.classify(new SQLException("from the server", state)));
        // the same wrapped as Hibernate and JTA wrap it
        assertEquals(TRANSIENT, Failures.classify(new JDBCConnectionException("wrapped", new SQLException("x", state))));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new IllegalStateException("outer", new SQLException("x", state)));
        assertEquals(TRANSIENT, Failures.classify(rollback));
    }

    @ParameterizedTest(name = "SQLState {0} is the data's fault")
    @ValueSource(strings = {"22001", "22021", "22P02", "23502", "23503", "23514", "54000"})
    void dataTheDatabaseRefusesIsPermanent(String state) {
        assertEquals(PERMANENT, Failures.classify(new SQLException("refused", state)));
        assertEquals(PERMANENT, Failures.classify(new ConstraintViolationException("wrapped", new SQLException("x", state), "c")));
    }

    @Test
    void poolAndDriverFailuresWithoutAStateAreTransient() {
        // Agroal's acquisition timeout carries no SQLState
        assertEquals(TRANSIENT, Failures.classify(new SQLException("Sorry, acquisition timeout!")));
        assertEquals(TRANSIENT, Failures.classify(new SQLTransientConnectionException("pool closed")));
        assertEquals(TRANSIENT, Failures.classify(new IllegalStateException("wrapped", new ConnectException("Connection refused"))));
    }

    @Test
    void aCommitTheDatabaseDidNotConfirmIsTransient() {
        assertEquals(TRANSIENT, Failures.classify(new RollbackException("ARJUNA016053: Could not commit transaction.")));
    }

    @Test
    void aDataErrorAnywhereInTheChainWins() {
        RollbackException rollback = new RollbackException("ARJUNA016053");
        rollback.addSuppressed(new SQLException("value too long for type character varying(64)", "22001"));
        assertEquals(PERMANENT, Failures.classify(rollback), "a suppressed data error is found");
        SQLException batch = new SQLException("Batch entry 3 was aborted", "08006");
        batch.setNextException(new SQLException("invalid byte sequence for encoding", "22021"));
        assertEquals(PERMANENT, Failures.classify(batch), "the next-exception chain is followed");
    }

    @Test
    void failuresOutsideTheDatabaseArePermanent() {
        assertEquals(PERMANENT, Failures.classify(new NullPointerException("a bug fails the same way every time")));
        assertEquals(PERMANENT, Failures.classify(new IllegalArgumentException("bad value")));
    }

    @Test
    void aCyclicChainEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertEquals(PERMANENT, Failures.classify(a));
        assertTrue(Failures.describe(a).startsWith("Exception"));
    }

    @Test
    void theDescriptionNamesTheInnermostCauseAndItsState() {
        String d = Failures.describe(new JDBCConnectionException("outer", new SQLException("Connection refused", "08001")));
        assertEquals("SQLException [SQLState 08001]: Connection refused", d);
    }
}
