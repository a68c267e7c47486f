package io.newslens.query.caching;

/** What an answer's tag covers: the data it is computed from, as far as the data versions can tell it apart. */
public enum Scope {
    /** The article's revision and analysis, and the name, type and aliases of each entity it mentions or quotes. */
    ARTICLE("the article's revision and analysis, or the name or aliases of an entity in it"),
    /** Articles dated in the range ({@code from}, {@code to}) of the {@code source} asked for (of all without one). */
    SOURCE_RANGE("an article of the source asked for (any, without source) dated in from-to (any date, without them) "
            + "is written, or an entity is renamed"),
    /** Articles dated in the range, of every source: for answers that a source parameter does not narrow. */
    RANGE("an article dated in from-to (any date, without them) is written, or an entity is renamed"),
    /** Any article, anywhere. */
    GLOBAL("any article is written");

    private final String changesWhen;

    Scope(String changesWhen) {
        this.changesWhen = changesWhen;
    }

    /** When the tag changes, for the API description. */
    public String changesWhen() {
        return changesWhen;
    }
}
