package io.newslens.query.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reference to an entity as it appears inside other payloads: id, name and type. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Named(Long id, String name, String type) {
}
