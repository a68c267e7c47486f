package io.newslens.query.api;

import java.sql.SQLException;

/** A database failure, unchecked; {@link #timedOut()} when PostgreSQL cancelled the statement. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public boolean timedOut() {
        return "57014".equals(state());
    }

    /**
     * The connection was lost, the server is shutting down or starting, or it (or this service's connection queue,
     * {@link ConnectionGate}) has no room now (class 53): worth a retry, not a bug.
     */
    public boolean unavailable() {
        String s = state();
        return s != null && (s.startsWith("08") || s.startsWith("53") || s.equals("57P01") || s.equals("57P02") || s.equals("57P03"));
    }

    private String state() {
        return ((SQLException) getCause()).getSQLState();
    }
}
