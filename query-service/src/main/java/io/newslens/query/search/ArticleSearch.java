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
    /** Rank on title and lead (V2's rank_search): cheap per match; the full vector decides what matches. */
    private static final String SCORE = "ts_rank_cd(a.rank_search, websearch_to_tsquery('english', ?), 32)";

    private final Db db;

    public ArticleSearch(Db db) {
        this.db = db;
    }

    public SearchResult search(SearchRequest r) {
        return r.q() == null ? browse(r) : textSearch(r);
    }

    /**
     * With a text: one pass over the matches computes the rank, the page and the total (a window count
     * taken before the cursor condition, so every page reports the same total).
     */
    private SearchResult textSearch(SearchRequest r) {
        boolean relevance = r.sort() == SortOrder.RELEVANCE;
        Sql matches = new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated, " + SCORE
                + " AS score, count(*) OVER () AS total FROM article a WHERE true", r.q());
        filters(matches, r);
        Sql page = new Sql("SELECT * FROM (").add(matches).add(") m WHERE true");
        if (r.cursor() != null) {
            if (relevance) {
                float score = Float.parseFloat(r.cursor().get(0));
                page.and("(m.score < ? OR (m.score = ? AND (m.dated, m.id) < (?, ?)))",
                        score, score, LocalDate.parse(r.cursor().get(1)), r.cursor().get(2));
            } else {
                page.and("(m.dated, m.id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), r.cursor().get(1));
            }
        }
        String order = relevance ? " ORDER BY score DESC, dated DESC, id DESC" : " ORDER BY dated DESC, id DESC";
        page.add(order).add(" LIMIT ?", r.limit() + 1);
        Sql sql = new Sql("SELECT p.*, ts_headline('english', b.body, websearch_to_tsquery('english', ?), ?) AS snippet FROM (",
                r.q(), Snippets.OPTIONS).add(page).add(") p JOIN article b ON b.id = p.id").add(order);
        long[] total = {-1};
        List<SearchResult.Hit> rows = new ArrayList<>(db.list(sql, rs -> {
            total[0] = rs.getLong("total");
            return hit(rs, Snippets.toHtml(rs.getString("snippet")), rs.getFloat("score"));
        }));
        if (rows.isEmpty()) {
            total[0] = count(r); // past the last page: the window saw no rows
        }
        String next = null;
        if (rows.size() > r.limit()) {
            rows.remove(rows.size() - 1);
            SearchResult.Hit last = rows.get(rows.size() - 1);
            next = relevance ? Cursor.encode(RELEVANCE_CURSOR, Float.toString(last.score()), last.dated().toString(), last.id())
                    : Cursor.encode(DATE_CURSOR, last.dated().toString(), last.id());
        }
        return new SearchResult(total[0], r.sort().name().toLowerCase(), rows, next);
    }

    /** Without a text, newest first: the page walks the date index, the total is a separate count. */
    private SearchResult browse(SearchRequest r) {
        Sql page = new Sql("SELECT a.id, a.title, a.source, a.url, a.byline, a.published, a.dated FROM article a WHERE true");
        filters(page, r);
        if (r.cursor() != null) {
            page.and("(a.dated, a.id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), r.cursor().get(1));
        }
        page.add(" ORDER BY a.dated DESC, a.id DESC LIMIT ?", r.limit() + 1);
        Sql sql = new Sql("SELECT p.*, left(b.body, 240) AS snippet, length(b.body) > 240 AS cut FROM (").add(page)
                .add(") p JOIN article b ON b.id = p.id ORDER BY p.dated DESC, p.id DESC");
        List<SearchResult.Hit> rows = new ArrayList<>(db.list(sql, rs -> hit(rs,
                Snippets.toHtml(rs.getString("snippet")) + (rs.getBoolean("cut") ? " …" : ""), null)));
        String next = null;
        if (rows.size() > r.limit()) {
            rows.remove(rows.size() - 1);
            SearchResult.Hit last = rows.get(rows.size() - 1);
            next = Cursor.encode(DATE_CURSOR, last.dated().toString(), last.id());
        }
        return new SearchResult(count(r), "date", rows, next);
    }

    private long count(SearchRequest r) {
        Sql count = new Sql("SELECT count(*) FROM article a WHERE true");
        filters(count, r);
        return db.count(count);
    }

    private static SearchResult.Hit hit(java.sql.ResultSet rs, String snippet, Float score) throws java.sql.SQLException {
        return new SearchResult.Hit(rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
                rs.getString("byline"), rs.getObject("published", LocalDate.class), rs.getObject("dated", LocalDate.class),
                snippet, score);
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
}
