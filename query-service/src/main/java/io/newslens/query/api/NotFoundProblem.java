package io.newslens.query.api;

/** Thrown by resources when an id names nothing; answered as a 404 problem. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String detail) {
        super(detail, null, false, false);
    }
}
