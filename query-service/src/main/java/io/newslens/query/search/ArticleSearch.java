package io.newslens.query.search;

import io.newslens.query.api.Cursor;
import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over articles with filters, relevance or date order and keyset pagination.
 * The query text goes through websearch_to_tsquery, so "quoted phrases", OR and -exclusions work.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String RELEVANCE_CURSOR = "r";
    static final String DATE_CURSOR = "d";
    private static final String SCORE = "ts_rank_cd(a.search, websearch_to_tsquery('english', ?), 32)";

    private final Db db;

    public ArticleSearch(Db db) {
        this.db = db;
    }

    public SearchResult search(SearchRequest r) {
        boolean relevance = r.sort() == SortOrder.RELEVANCE;
        Sql page = new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated");
        if (relevance) {
            page.add(", " + SCORE + " AS score", r.q());
        }
        page.add(" FROM article a WHERE true");
        filters(page, r);
        if (r.cursor() != null) {
            if (relevance) {
                float score = Float.parseFloat(r.cursor().get(0));
                page.and("(" + SCORE + " < ? OR (" + SCORE + " = ? AND a.id > ?))",
                        r.q(), score, r.q(), score, r.cursor().get(1));
            } else {
                page.and("(a.dated, a.id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), r.cursor().get(1));
            }
        }
        page.add(relevance ? " ORDER BY score DESC, a.id" : " ORDER BY a.dated DESC, a.id DESC");
        page.add(" LIMIT ?", r.limit() + 1);

        Sql withSnippets;
        if (r.q() != null) {
            withSnippets = new Sql("SELECT p.*, ts_headline('english', b.body, websearch_to_tsquery('english', ?), ?) AS snippet FROM (",
                    r.q(), Snippets.OPTIONS);
        } else {
            withSnippets = new Sql("SELECT p.*, left(b.body, 240) AS snippet FROM (");
        }
        withSnippets.add(page).add(") p JOIN article b ON b.id = p.id")
                .add(relevance ? " ORDER BY p.score DESC, p.id" : " ORDER BY p.dated DESC, p.id DESC");

        List<SearchResult.Hit> rows = new ArrayList<>(db.list(withSnippets, rs -> new SearchResult.Hit(
                rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
                rs.getString("byline"), rs.getObject("published", LocalDate.class), rs.getObject("dated", LocalDate.class),
                snippet(rs.getString("snippet"), r.q() != null),
                relevance ? rs.getFloat("score") : null)));
        String next = null;
        if (rows.size() > r.limit()) {
            rows.remove(rows.size() - 1);
            SearchResult.Hit last = rows.get(rows.size() - 1);
            next = relevance ? Cursor.encode(RELEVANCE_CURSOR, Float.toString(last.score()), last.id())
                    : Cursor.encode(DATE_CURSOR, last.dated().toString(), last.id());
        }
        Sql count = new Sql("SELECT count(*) FROM article a WHERE true");
        filters(count, r);
        return new SearchResult(db.count(count), r.sort().name().toLowerCase(), rows, next);
    }

    private static void filters(Sql sql, SearchRequest r) {
        if (r.q() != null) {
            sql.and("a.search @@ websearch_to_tsquery('english', ?)", r.q());
        }
        for (Long entity : r.entities()) {
            sql.and("a.id IN (SELECT ae.article_id FROM article_entity ae WHERE ae.entity_id = ?)", entity);
        }
        if (r.speaker() != null) {
            sql.and("a.id IN (SELECT qu.article_id FROM quote qu WHERE qu.speaker_id = ?)", r.speaker());
        }
        if (r.source() != null) {
            sql.and("a.source = ?", r.source());
        }
        r.dates().on(sql, "a.dated");
    }

    private static String snippet(String text, boolean highlighted) {
        if (text == null) {
            return null;
        }
        if (highlighted) {
            return Snippets.toHtml(text);
        }
        String plain = Snippets.toHtml(text);
        return text.length() >= 240 ? plain + " …" : plain;
    }
}
