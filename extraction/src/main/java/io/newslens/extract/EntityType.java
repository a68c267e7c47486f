package io.newslens.extract;

/** Entity types the engine reports. MISC is kept for completeness and is not scored. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
