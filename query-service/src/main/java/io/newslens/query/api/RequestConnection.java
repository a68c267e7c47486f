package io.newslens.query.api;

import io.quarkus.arc.Arc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * One pooled connection for all the statements of one HTTP request: taken at the first statement, given back when
 * the resource has answered (before the body is written) or, at the latest, when the request ends.
 * <p>
 * Why: a profile runs five statements (its data version, the entity, its companions, its quotes by and about it)
 * and a page of quotes three. Borrowing a connection for each, with more requests in flight than the pool has
 * connections, queued each request five times behind the others: the benchmark showed a bimodal service, p50 under
 * PostgreSQL's own for the same statements but p95 2-4 times it, p99 100-190 ms (results/100000). A request that
 * holds its connection waits for the pool once, as the floor's one transaction a request does, and it waits in turn
 * ({@link ConnectionGate}).
 */
@RequestScoped
public class RequestConnection {

    private static final Logger LOG = Logger.getLogger(RequestConnection.class);

    private final DataSource dataSource;
    private final ConnectionGate gate;
    private Connection connection;

    public RequestConnection(DataSource dataSource, ConnectionGate gate) {
        this.dataSource = dataSource;
        this.gate = gate;
    }

    /** True when a request is being served on this thread, so that {@link #get()} may be called. */
    public static boolean available() {
        return Arc.container().requestContext().isActive();
    }

    Connection get() throws SQLException {
        if (connection != null && connection.isClosed()) {
            release();
        }
        if (connection == null) {
            gate.enter();
            try {
                connection = dataSource.getConnection();
            } catch (SQLException | RuntimeException e) {
                gate.leave();
                throw e;
            }
        }
        return connection;
    }

    /** Gives the connection back to the pool, if one was taken; a later statement of the request takes another. */
    public void release() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf(e, "closing the request's connection");
            } finally {
                connection = null;
                gate.leave();
            }
        }
    }

    @PreDestroy
    void end() {
        release();
    }
}
