package io.newslens.ingest.api;

/** One thing wrong with a request: the field (a JSON property, {@code request}, a header or a file) and what is wrong. */
public record FieldProblem(String field, String message) {

    /** Splits a contract message of the form {@code field: message}. */
    public static FieldProblem fromContract(String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? new FieldProblem("request", problem)
                : new FieldProblem(problem.substring(0, colon).trim(), problem.substring(colon + 1).trim());
    }
}
