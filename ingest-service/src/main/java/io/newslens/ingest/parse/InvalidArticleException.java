package io.newslens.ingest.parse;

import io.newslens.common.problem.Problem.FieldError;

import java.util.List;

/** An article that cannot be accepted; {@link #problems()} names each offending field. */
public class InvalidArticleException extends RuntimeException {

    private final transient List<FieldError> problems;

    public InvalidArticleException(List<FieldError> problems) {
        super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InvalidArticleException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> problems() {
        return problems;
    }
}
