package io.newslens.query.api;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC with parameterised statements only; each call borrows a pooled connection. */
@ApplicationScoped
public class Db {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> List<T> list(Sql sql, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql);
             ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
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
        NO_INDEX_WALK("SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true)");

        private final String sql;

        Hint(String sql) {
            this.sql = sql;
        }
    }

    /** As {@link #list(Sql, RowMapper)}, in a transaction of its own with the hint's planner setting. */
    public <T> List<T> list(Hint hint, Sql sql, RowMapper<T> mapper) {
        if (hint == null) {
            return list(sql, mapper);
        }
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement set = c.prepareStatement(hint.sql)) {
                set.execute();
                try (PreparedStatement ps = prepare(c, sql); ResultSet rs = ps.executeQuery()) {
                    List<T> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(mapper.map(rs));
                    }
                    return out;
                }
            } finally {
                c.rollback(); // read-only; also ends the SET LOCAL
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static PreparedStatement prepare(Connection c, Sql sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql.text());
        int i = 1;
        for (Object p : sql.params()) {
            if (p instanceof Long[] longs) {
                Array array = c.createArrayOf("bigint", longs);
                ps.setArray(i++, array);
            } else if (p instanceof String[] strings) {
                ps.setArray(i++, c.createArrayOf("text", strings));
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
