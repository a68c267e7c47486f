package io.newslens.query.api;

import io.newslens.common.problem.Problem;

import java.util.List;

/** A client mistake in one or more request parameters; answered as a 400 problem naming them. */
public class BadParameterException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public BadParameterException(String field, String message) {
        this(List.of(new Problem.FieldError(field, message)));
    }

    public BadParameterException(List<Problem.FieldError> errors) {
        super(errors.get(0).field() + ": " + errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
