package io.newslens.query.search;

/**
 * How relevance is scored, in the search's SQL and in the database's own lead terms and lead pairs (analysis-service's
 * migrations score them with the same {@code ts_rank_cd(rank_search, query, 32)} when an article is written), so that
 * a page read from those tables is ordered as the search would rank it. {@code SqlRulesTest} holds the two together.
 */
final class Relevance {

    /**
     * {@code ts_rank_cd}'s normalisation flag: 32 divides the rank by itself + 1, so scores fall in [0, 1) and do not
     * grow without bound with the number of matches.
     */
    static final int NORMALIZATION = 32;

    private Relevance() {
    }
}
