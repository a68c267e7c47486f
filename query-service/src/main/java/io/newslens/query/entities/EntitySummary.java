package io.newslens.query.entities;

import java.util.List;

/** An entity in a list: how often articles mention it. */
public record EntitySummary(long id, String name, String type, List<String> aliases, long articleCount) {
}
