package io.newslens.query.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A parameterised SQL statement built in pieces: text with '?' placeholders and their values, in order. */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql(String text, Object... params) {
        add(text, params);
    }

    public Sql add(String fragment, Object... values) {
        text.append(fragment);
        Collections.addAll(params, values);
        return this;
    }

    /** Appends " AND fragment" (the statement must already have a WHERE). */
    public Sql and(String fragment, Object... values) {
        return add(" AND " + fragment, values);
    }

    public Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    public List<Object> params() {
        return params;
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
