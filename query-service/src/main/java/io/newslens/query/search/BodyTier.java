package io.newslens.query.search;

import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;
import io.newslens.query.search.SearchStrategy.Row;

import java.util.List;

/** Relevance order's second tier, after the lead tier of {@link LeadTierFirst} or {@link RankedTiers}. */
final class BodyTier {

    private BodyTier() {
    }

    /**
     * Up to {@code want} matches further down than the lead (score 0), newest first, after the cursor when it is in
     * this tier: with {@code few} (the total is exact) the bitmap of those few, else a walk down the date index.
     */
    static List<Row> page(SearchReads reads, SearchRequest r, int want, boolean few) {
        SearchCursor.ByRelevance after = r.relevanceCursor();
        Sql body = new Sql("SELECT " + SearchReads.COLUMNS + " FROM article a WHERE NOT (a.rank_search @@ "
                + SearchReads.QUERY + ")", r.query());
        SearchReads.filters(body, r);
        if (after != null && after.tier() == Tier.BODY) {
            body.and("(a.dated, a.id) < (?, ?)", after.dated(), after.id());
        }
        body.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", want);
        return reads.withText(few ? Db.Hint.NO_INDEX_WALK : Db.Hint.INDEX_WALK, body, "0::real", "b.body",
                "p.dated DESC, p.id DESC", Tier.BODY);
    }
}
