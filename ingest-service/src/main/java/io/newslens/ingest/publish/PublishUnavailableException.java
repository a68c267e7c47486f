package io.newslens.ingest.publish;

/** Kafka did not acknowledge the article in time (or refused it): the client should retry. */
public class PublishUnavailableException extends RuntimeException {

    public PublishUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
