package io.newslens.analysis.consume;

import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a storage failure that may pass (the database is away, a lock or statement timed out, two writers met) from
 * one that no retry can fix because the message's own data is at fault.
 *
 * <p>The rule is deliberately one-sided: only a failure <em>proven</em> to come from the data is permanent, and sends
 * the message to the dead-letter topic. Those are the server's verdicts on a value: SQLState class 22 (data exception:
 * a value out of range, a bad encoding), 23 (integrity constraint) except 23505 (a unique key two writers of one
 * article raced for), and 54 (program limit exceeded: a text too long for a full-text vector). Every other failure
 * that reached the database, or failed to reach it, is transient and retried for as long as it lasts: connection
 * errors (class 08, and the pool's or driver's SQLExceptions without a state, such as Agroal's acquisition timeout),
 * administrator shutdown and recovery (57P01-57P03), statement timeouts and cancels (57014), serialization failures
 * and deadlocks (40001, 40P01), lock timeouts (55P03), a read-only server during a fail-over (25006), resource
 * exhaustion (class 53), and server-side errors of our own statements (class 42, XX): these are the same for every
 * message, so dead-lettering one would lose it without helping the next; the consumer waits, reports not ready with
 * the reason, and an operator fixes the cause.
 *
 * <p>Wrappers are looked through: Hibernate's {@code JDBCException}s, Agroal's and Narayana's exceptions and JTA's
 * {@code RollbackException} carry the driver's exception as a cause or as a suppressed exception. A failure with no
 * database exception in it (a bug in our own code, say) is permanent: it fails the same way on every try.
 */
public final class Failures {

    /** How a failure is handled. */
    public enum Kind {
        /** Retried with backoff for as long as it lasts. */
        TRANSIENT,
        /** Sent to the dead-letter topic at once, with the reason. */
        PERMANENT
    }

    private Failures() {
    }

    public static boolean isTransient(Throwable t) {
        return classify(t) == Kind.TRANSIENT;
    }

    public static Kind classify(Throwable failure) {
        boolean transientSeen = false;
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.length() < 2) {
                    // raised by the pool or the driver (acquisition timeout, closed connection), not by the server's
                    // judgement of a value
                    transientSeen = true;
                } else if (isDataError(state)) {
                    return Kind.PERMANENT;
                } else {
                    transientSeen = true;
                }
            } else if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof EOFException
                    || isTransactionOutcomeFailure(t) || isPersistenceTimeout(t)) {
                transientSeen = true;
            }
        }
        return transientSeen ? Kind.TRANSIENT : Kind.PERMANENT;
    }

    /** Data exceptions (22), integrity violations other than a unique-key race (23, not 23505), program limits (54). */
    static boolean isDataError(String sqlState) {
        String cls = sqlState.substring(0, 2);
        return cls.equals("22") || cls.equals("54") || (cls.equals("23") && !sqlState.equals("23505"));
    }

    /**
     * JTA's commit outcomes (RollbackException, HeuristicMixedException, …) and Narayana's wrappers: a commit that the
     * database did not confirm. The message is applied whole or not at all (one transaction with its dedupe-log row),
     * so trying it again is safe. Matched by name to keep this class free of the JTA API.
     */
    private static boolean isTransactionOutcomeFailure(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("jakarta.transaction.") || name.startsWith("javax.transaction.")
                || name.startsWith("com.arjuna.");
    }

    /** Hibernate's and JPA's lock and query timeouts, whatever cause they carry. */
    private static boolean isPersistenceTimeout(Throwable t) {
        String name = t.getClass().getName();
        return name.equals("jakarta.persistence.LockTimeoutException")
                || name.equals("jakarta.persistence.QueryTimeoutException")
                || name.equals("jakarta.persistence.PessimisticLockException")
                || name.equals("org.hibernate.exception.JDBCConnectionException")
                || name.equals("org.hibernate.exception.LockAcquisitionException")
                || name.equals("org.hibernate.PessimisticLockException")
                || name.equals("org.hibernate.QueryTimeoutException");
    }

    /** The failure, its causes and suppressed exceptions, and theirs (SQLException's next-exception chain too). */
    static Iterable<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return seen;
    }

    /** The innermost cause's class and message, for logs and the dead-letter reason. */
    public static String describe(Throwable t) {
        Throwable root = t;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String m = root.getMessage();
        String state = root instanceof SQLException sql && sql.getSQLState() != null ? " [SQLState " + sql.getSQLState() + "]" : "";
        return root.getClass().getSimpleName() + state + (m == null ? "" : ": " + m);
    }
}
