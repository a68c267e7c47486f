package io.newslens.ingest.parse;

import io.newslens.ingest.api.FieldProblem;

import java.util.List;

/** An article that cannot be accepted; {@link #problems()} names each offending field. */
public class InvalidArticleException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public InvalidArticleException(List<FieldProblem> problems) {
        super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public InvalidArticleException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
