package io.newslens.query.api;

import java.sql.SQLException;

/** A database failure, unchecked; {@link #timedOut()} when PostgreSQL cancelled the statement. */
public class DataAccessException extends RuntimeException {

    public DataAccessException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public boolean timedOut() {
        return "57014".equals(((SQLException) getCause()).getSQLState());
    }
}
