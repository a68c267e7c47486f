package io.newslens.extract;

/** Finding an entity of an analysis by one of its aliases, for the rule tests. */
final class EntityLookup {

    private EntityLookup() {
    }

    /** The first entity with that alias, or null. */
    static ExtractedEntity withAlias(ArticleAnalysis a, String alias) {
        for (ExtractedEntity e : a.entities()) {
            if (e.aliases().contains(alias)) {
                return e;
            }
        }
        return null;
    }

    /** The one entity with that alias, or null; two with it fail the test (one referent reported twice). */
    static ExtractedEntity onlyWithAlias(ArticleAnalysis a, String alias) {
        ExtractedEntity found = null;
        for (ExtractedEntity e : a.entities()) {
            if (e.aliases().contains(alias)) {
                if (found != null) {
                    throw new AssertionError("two entities have alias " + alias + ": " + a.entities());
                }
                found = e;
            }
        }
        return found;
    }
}
