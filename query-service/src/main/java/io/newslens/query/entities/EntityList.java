package io.newslens.query.entities;

import java.util.List;

public record EntityList(List<EntitySummary> items) {
}
