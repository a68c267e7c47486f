package io.newslens.contract;

import java.util.List;

/** A message that does not follow the contract; {@link #problems()} names each offending field. */
public class InvalidMessageException extends RuntimeException {

    private final List<String> problems;

    public InvalidMessageException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
