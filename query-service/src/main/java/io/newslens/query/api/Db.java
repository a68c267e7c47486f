package io.newslens.query.api;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.postgresql.PGStatement;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC with parameterised statements only. Inside an HTTP request every statement runs on the request's one
 * connection ({@link RequestConnection}); outside one (start-up, health checks) each call borrows a pooled connection.
 */
@ApplicationScoped
public class Db {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * At DEBUG (off by default: it writes search terms and ids to the log), every statement as run, its parameters
     * written in as literals by the driver: one JSON array per line, the statements of one call in order (a hinted
     * statement's transaction in full). The query benchmark replays them against PostgreSQL alone, for the floor its
     * figures are compared with (deploy/bench/query/floor.py). Not for production: a line per statement.
     */
    public static final String STATEMENT_LOG = "io.newslens.query.sql";
    private static final Logger STATEMENTS = Logger.getLogger(STATEMENT_LOG);

    private final DataSource dataSource;
    private final RequestConnection requestConnection;

    /** Outside the service (tests, tools): each call borrows a connection of its own. */
    public Db(DataSource dataSource) {
        this(dataSource, null);
    }

    @Inject
    public Db(DataSource dataSource, RequestConnection requestConnection) {
        this.dataSource = dataSource;
        this.requestConnection = requestConnection;
    }

    /** A connection for one call: the request's, kept open for its next statement, or one of its own. */
    private final class Lease implements AutoCloseable {
        final Connection connection;
        private final boolean own;

        Lease() throws SQLException {
            own = requestConnection == null || !RequestConnection.available();
            connection = own ? dataSource.getConnection() : requestConnection.get();
        }

        @Override
        public void close() throws SQLException {
            if (own) {
                connection.close();
            }
        }
    }

    public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
        return plain(sql, mapper, false);
    }

    /** Outside a transaction; {@code planForValues}: see {@link Hint#PLAN_FOR_VALUES}. */
    private <T> List<T> plain(Sql sql, RowMapper<T> mapper, boolean planForValues) {
        try (Lease lease = new Lease(); PreparedStatement ps = prepare(lease.connection, sql)) {
            Connection c = lease.connection;
            if (planForValues) {
                // never a named server-side statement: the unnamed one is planned at each run with its values
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
            if (STATEMENTS.isDebugEnabled()) {
                logStatements(asRun(c, sql.text(), sql.params()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rows(rs, mapper);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    public <T> Optional<T> one(Sql sql, RowMapper<T> mapper) {
        List<T> rows = list(sql, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(Sql sql) {
        return one(sql, rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * Planner settings for one statement, where the planner's estimate is known to mislead it: it does not
     * know that a row whose text-search vector it must read costs a de-TOAST of ~5 kB, which the GIN
     * index's bitmap avoids.
     */
    public enum Hint {
        /** Up to n text matches ({@code LIMIT n}): the GIN bitmap, not a sequential scan that stops early. */
        NO_SEQUENTIAL_SCAN("SET LOCAL enable_seqscan = off"),
        /**
         * A few hundred text matches in date order: the GIN bitmap and a sort, not a walk down the date index
         * that reads every article's vector until the page is full.
         */
        NO_INDEX_WALK("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)"),
        /**
         * Many text matches in date order: a walk down the date index with the text as a filter, which stops when
         * the page is full. Once the driver prepares such a statement on the server, PostgreSQL may keep a generic
         * plan, costed for 500 matches of an unknown query: the GIN bitmap and a sort, which for a word in half the
         * articles read all 51,000 of them (270 ms at 100,000 articles) where the walk reads a hundred (0.6 ms).
         */
        INDEX_WALK("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_bitmapscan', 'off', true)"),
        /**
         * Planned for its parameters' values every time. The driver prepares a statement on the server after five
         * runs, and PostgreSQL may then keep a generic plan, blind to the values: for
         * {@code entity_id = ANY(?) AND other_id = ANY(?)} it probed the first column only and filtered 92,000 rows
         * (20 ms) where a plan for the values probes both (0.6 ms). Planning costs 0.2-1 ms, more than most
         * look-ups take, so only statements whose best plan depends on the values ask for it.
         */
        PLAN_FOR_VALUES(null);

        /** The planner settings, in the statement's own transaction; none for PLAN_FOR_VALUES. */
        private final String sql;

        Hint(String sql) {
            this.sql = sql;
        }
    }

    /**
     * As {@link #list(Sql, RowMapper)}, with the hint: planner settings in a transaction of its own, or the plan.
     * A hinted statement's text is marked with its hint: PostgreSQL keeps a server-side statement's generic plan
     * whatever the settings of later runs, so a statement run under two hints (or one and none) would be run with
     * the plan made under whichever came first once the driver prepared it (a common word's newest-first page,
     * planned as the bitmap of a few matches and a sort, read 51,000 of them).
     */
    public <T> List<T> list(Hint hint, Sql sql, RowMapper<T> mapper) {
        if (hint == null || hint == Hint.PLAN_FOR_VALUES) {
            return plain(sql, mapper, hint == Hint.PLAN_FOR_VALUES);
        }
        try (Lease lease = new Lease()) {
            Connection c = lease.connection;
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement(hint.sql)) {
                set.execute();
                String text = sql.text() + " /* " + hint.name() + " */";
                try (PreparedStatement ps = prepare(c, text, sql.params())) {
                    if (STATEMENTS.isDebugEnabled()) {
                        logStatements("BEGIN", hint.sql, asRun(c, text, sql.params()), "ROLLBACK");
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        return rows(rs, mapper);
                    }
                }
            } finally {
                c.rollback(); // read-only; also ends the SET LOCAL
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static void logStatements(String... statements) {
        StringBuilder line = new StringBuilder("[");
        for (String statement : statements) {
            line.append(line.length() > 1 ? ", \"" : "\"").append(JsonStringEncoder.getInstance().quoteAsString(statement)).append('"');
        }
        STATEMENTS.debug(line.append(']'));
    }

    private static <T> List<T> rows(ResultSet rs, RowMapper<T> mapper) throws SQLException {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
            out.add(mapper.map(rs));
        }
        return out;
    }

    private static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
        return prepare(c, sql.text(), sql.params());
    }

    private static PreparedStatement prepare(Connection c, String text, List<Object> params) throws SQLException {
        return prepare(c, text, params, false);
    }

    /**
     * The statement's text with its parameters written in as literals, by the driver (a prepared statement's
     * {@code toString}); the driver writes an array parameter as '?', so a twin of the statement, never run, binds
     * each array as the text of an array literal, which the statement's {@code = ANY (?)} or {@code ?::text[]}
     * types as the real one does.
     */
    private static String asRun(Connection c, String text, List<Object> params) throws SQLException {
        try (PreparedStatement twin = prepare(c, text, params, true)) {
            return twin.unwrap(PGStatement.class).toString();
        }
    }

    private static String arrayLiteral(Object[] values) {
        StringBuilder literal = new StringBuilder("{");
        for (Object v : values) {
            literal.append(literal.length() > 1 ? "," : "");
            if (v == null) {
                literal.append("NULL");
            } else {
                literal.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return literal.append('}').toString();
    }

    private static PreparedStatement prepare(Connection c, String text, List<Object> params, boolean arraysAsLiterals)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(text);
        int i = 1;
        for (Object p : params) {
            if (arraysAsLiterals && (p instanceof Long[] || p instanceof String[])) {
                ps.setObject(i++, arrayLiteral((Object[]) p), Types.OTHER);
            } else if (p instanceof Long[] longs) {
                Array array = c.createArrayOf("bigint", longs);
                ps.setArray(i++, array);
            } else if (p instanceof String[] strings) {
                ps.setArray(i++, c.createArrayOf("text", strings));
            } else if (p instanceof TsQuery query) {
                // untyped, so that the statement's cast (?::tsquery) gives the parameter its type
                ps.setObject(i++, query.text(), Types.OTHER);
            } else {
                ps.setObject(i++, p);
            }
        }
        return ps;
    }

    /** Reads a nullable bigint column. */
    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array a = rs.getArray(column);
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) {
            out.add((String) v);
        }
        return out;
    }
}
