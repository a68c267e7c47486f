package io.newslens.query.search;

import io.newslens.query.api.Sql;

import java.util.List;

/**
 * Without a text, newest first: the page walks the date index, or, with an entity, that entity's articles newest first
 * (article_entity carries its article's date), so that an entity in a hundred articles does not wait for a walk
 * through all the others. The total: the articles counted up to one past the exact-total limit (the same for every page).
 */
record Browse(SearchReads reads, SearchRequest request) implements SearchStrategy {

    @Override
    public long total() {
        Sql matches = new Sql("SELECT 1 FROM article a WHERE true");
        SearchReads.filters(matches, request);
        return reads.db.count(new Sql("SELECT count(*) FROM (").add(matches).add(" LIMIT ?) c", reads.exactTotalUpTo + 1));
    }

    @Override
    public List<Row> page() {
        SearchRequest r = request;
        SearchCursor.ByDate after = r.dateCursor();
        Sql page;
        if (r.entities().isEmpty()) {
            page = new Sql("SELECT " + SearchReads.COLUMNS + " FROM article a WHERE true");
            SearchReads.filters(page, r, 0, true);
            if (after != null) {
                page.and("(a.dated, a.id) < (?, ?)", after.dated(), after.id());
            }
            page.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", r.limit() + 1);
        } else {
            page = new Sql("SELECT " + SearchReads.COLUMNS + " FROM article_entity d JOIN article a ON a.id = d.article_id"
                    + " WHERE d.entity_id = ?", r.entities().get(0));
            r.dates().on(page, "d.dated");
            SearchReads.filters(page, r, 1, true);
            if (after != null) {
                page.and("(d.dated, d.article_id) < (?, ?)", after.dated(), after.id());
            }
            page.add(" ORDER BY d.dated DESC, d.article_id DESC LIMIT ?", r.limit() + 1);
        }
        Sql sql = new Sql("SELECT p.*, left(b.body, 240) AS snippet, length(b.body) > 240 AS cut FROM (").add(page)
                .add(") p JOIN article b ON b.id = p.id ORDER BY p.dated DESC, p.id DESC");
        return reads.db.list(sql, rs -> new Row(SearchReads.hit(rs, Snippets.toHtml(rs.getString("snippet"))
                + (rs.getBoolean("cut") ? " …" : ""), null), null, null));
    }
}
