package io.newslens.query.search;

import io.newslens.query.api.Sql;

import java.util.ArrayList;
import java.util.List;

/**
 * By relevance, a query of one word or one two-word phrase ({@code term}), filtered at most by source and dates (what
 * the lead terms and lead pairs carry): its lead tier is the next rows of one index range of {@code lead_term} or
 * {@code lead_pair}, which hold every article's title+lead words and phrases with the score that query gets, in
 * relevance order, however many articles match; then the {@link BodyTier}. {@code total}: as the planner counted it.
 */
record LeadTierFirst(SearchReads reads, SearchRequest request, LeadTerms.Key term, long total) implements SearchStrategy {

    @Override
    public List<Row> page() {
        SearchRequest r = request;
        int want = r.limit() + 1;
        SearchCursor.ByRelevance after = r.relevanceCursor();
        List<Row> rows = new ArrayList<>();
        if (after == null || after.tier() == Tier.LEAD) {
            Sql lead = new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated, t.score, left(a.body, "
                    + SnippetWindows.WINDOW + ") AS text FROM (").add(LeadTerms.page(term, r, want)).add(
                    ") t JOIN article a ON a.id = t.article_id ORDER BY t.score DESC, t.dated DESC, t.article_id DESC");
            rows.addAll(reads.db.list(lead, rs -> new Row(SearchReads.hit(rs, null, rs.getFloat("score")), Tier.LEAD,
                    rs.getString("text"))));
        }
        if (rows.size() < want) {
            // with an exact total, the body tier's few matches are taken from the bitmap rather than a walk
            rows.addAll(BodyTier.page(reads, r, want - rows.size(), reads.exact(total)));
        }
        return rows;
    }
}
