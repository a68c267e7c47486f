package io.newslens.query.search;

import io.newslens.query.api.Sql;

import java.util.ArrayList;
import java.util.List;

/**
 * By relevance, a query with more matches than the exact total counts that the lead terms cannot answer (several
 * words, OR, NOT, prefixes, an entity or a speaker): the lead tier ranked by {@code ts_rank_cd} on the title+lead
 * vector, found through its own GIN index, so that the cost follows the title+lead matches and not all matches; then
 * the {@link BodyTier}. {@code total}: as the planner counted it.
 */
record RankedTiers(SearchReads reads, SearchRequest request, long total) implements SearchStrategy {

    private static final String QUERY = SearchReads.QUERY;

    @Override
    public List<Row> page() {
        SearchRequest r = request;
        int want = r.limit() + 1;
        SearchCursor.ByRelevance after = r.relevanceCursor();
        List<Row> rows = new ArrayList<>();
        if (after == null || after.tier() == Tier.LEAD) {
            // ranked on the small title+lead vector alone, then checked against the full vector (de-TOASTed)
            // in rank order until the page is full: the lead matches it too but for a word the lead cuts short
            Sql lead = new Sql("SELECT a.id, a.dated, a.search, ts_rank_cd(a.rank_search, " + QUERY + ", " + Relevance.NORMALIZATION
                    + ") AS score FROM article a WHERE a.rank_search @@ " + QUERY, r.query(), r.query());
            SearchReads.filters(lead, r, 0, false);
            Sql ranked = new Sql("SELECT * FROM (").add(lead).add(") m WHERE true");
            if (after != null) {
                ranked.and("(m.score < ? OR (m.score = ? AND (m.dated, m.id) < (?, ?)))",
                        after.score(), after.score(), after.dated(), after.id());
            }
            // OFFSET 0: sorted first, so that the check below runs on the first rows only
            ranked.add(" ORDER BY m.score DESC, m.dated DESC, m.id DESC OFFSET 0");
            Sql page = new Sql("SELECT p.id, p.dated, p.score FROM (").add(ranked).add(") p WHERE p.search @@ " + QUERY, r.query())
                    .add(" ORDER BY p.score DESC, p.dated DESC, p.id DESC LIMIT ?", want);
            // the lead tier matches in the title or the first 400 characters: the snippet comes from there
            Sql sql = new Sql("SELECT b.id, b.title, b.source, b.url, b.byline, b.published, b.dated, p.score, left(b.body, "
                    + SnippetWindows.WINDOW + ") AS text FROM (").add(page)
                    .add(") p JOIN article b ON b.id = p.id ORDER BY p.score DESC, p.dated DESC, p.id DESC");
            rows.addAll(reads.db.list(sql, rs -> new Row(SearchReads.hit(rs, null, rs.getFloat("score")), Tier.LEAD,
                    rs.getString("text"))));
        }
        if (rows.size() < want) {
            rows.addAll(BodyTier.page(reads, r, want - rows.size(), false));
        }
        return rows;
    }
}
