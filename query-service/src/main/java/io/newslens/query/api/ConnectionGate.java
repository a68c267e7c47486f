package io.newslens.query.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A first-come, first-served queue in front of the connection pool, one permit a pooled connection: a request
 * waits here, in order, and then finds a connection free.
 * <p>
 * Why not the pool's own wait: Agroal hands a returned connection to whichever thread asks first, and a request
 * just arriving asks before a parked waiter has woken up. With more requests in flight than connections (8 and 4 in
 * the benchmark), a waiter could lose that race again and again: p50 under PostgreSQL's own for the same statements,
 * p99 100-300 ms and single requests up to 0.6 s, where the floor's p99 was 7-14 ms (deploy/bench/query/README.md).
 * {@link Semaphore} in fair mode is the JDK's FIFO queue of this kind.
 */
@ApplicationScoped
public class ConnectionGate {

    private final Semaphore permits;
    private final long timeoutNanos;

    public ConnectionGate(@ConfigProperty(name = "quarkus.datasource.jdbc.max-size") int poolSize,
            @ConfigProperty(name = "quarkus.datasource.jdbc.acquisition-timeout", defaultValue = "5S") Duration timeout) {
        this.permits = new Semaphore(poolSize, true);
        this.timeoutNanos = timeout.toNanos();
    }

    /** Waits for this request's turn; a busy service answers 503 (SQLState 53300) after the pool's own time-out. */
    void enter() throws SQLException {
        boolean entered;
        try {
            entered = permits.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", "57014", e);
        }
        if (!entered) {
            throw new SQLException("no database connection free within " + Duration.ofNanos(timeoutNanos), "53300");
        }
    }

    void leave() {
        permits.release();
    }

    /** Requests waiting for their turn now. */
    int waiting() {
        return permits.getQueueLength();
    }
}
