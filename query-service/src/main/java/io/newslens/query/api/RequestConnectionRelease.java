package io.newslens.query.api;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** The resource has answered: the request's connection goes back to the pool before the body is written. */
public class RequestConnectionRelease {

    private final RequestConnection connection;

    public RequestConnectionRelease(RequestConnection connection) {
        this.connection = connection;
    }

    @ServerResponseFilter
    public void release() {
        connection.release();
    }
}
