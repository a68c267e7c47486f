package io.newslens.ingest.status;

/** The analysis database could not be asked; what it holds is unknown for now. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
