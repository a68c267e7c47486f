package io.newslens.query.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Search settings. */
@ConfigMapping(prefix = "newslens.search")
public interface SearchConfig {

    /**
     * Totals are counted exactly up to this many matches; beyond, {@code total} is this number and
     * {@code totalRelation} is {@code gte} (as Elasticsearch's {@code track_total_hits}).
     */
    @WithDefault("1000")
    int exactTotalUpTo();
}
