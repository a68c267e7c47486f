package io.newslens.query.api;

/** The entity types of the analysis schema (entity.type CHECK constraint). */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC;

    public static EntityType parse(String field, String value) {
        return Params.oneOf(field, value, EntityType.class, null);
    }
}
