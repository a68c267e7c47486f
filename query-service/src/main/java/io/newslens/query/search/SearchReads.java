package io.newslens.query.search;

import io.newslens.query.api.Db;
import io.newslens.query.api.Sql;
import io.newslens.query.search.SearchStrategy.Row;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * What the planner and its strategies share: the database, the exact-total limit, the request's conditions on an
 * article, and the reading of a page's rows with the text their snippets come from.
 */
final class SearchReads {

    /** The parsed query, one parameter ({@link io.newslens.query.api.TsQuery}): see {@link SearchRequest#query()}. */
    static final String QUERY = "?::tsquery";
    static final String COLUMNS = "a.id, a.title, a.source, a.url, a.byline, a.published, a.dated";

    final Db db;
    /** Totals are exact up to this many matches: see {@link SearchConfig#exactTotalUpTo()}. */
    final int exactTotalUpTo;

    SearchReads(Db db, int exactTotalUpTo) {
        this.db = db;
        this.exactTotalUpTo = exactTotalUpTo;
    }

    /** Whether a total counted up to one past the limit is exact. */
    boolean exact(long total) {
        return total <= exactTotalUpTo;
    }

    /**
     * The rows of a page ({@code page}: ids and what orders them, as {@code p}) with their columns, their score (an
     * expression) and the text their snippet comes from (an expression on the article {@code b}), in {@code order}.
     */
    List<Row> withText(Db.Hint hint, Sql page, String score, String text, String order, Tier tier) {
        Sql sql = new Sql("SELECT p.id, p.title, p.source, p.url, p.byline, p.published, p.dated, " + score + " AS score, "
                + text + " AS text FROM (").add(page).add(") p JOIN article b ON b.id = p.id ORDER BY " + order);
        return db.list(hint, sql, rs -> new Row(hit(rs, null, rs.getFloat("score")), tier, rs.getString("text")));
    }

    static SearchResult.Hit hit(ResultSet rs, String snippet, Float score) throws SQLException {
        return new SearchResult.Hit(rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
                rs.getString("byline"), rs.getObject("published", LocalDate.class), rs.getObject("dated", LocalDate.class),
                snippet, score);
    }

    /** The request's conditions on article {@code a}, with the text. */
    static void filters(Sql sql, SearchRequest r) {
        filters(sql, r, 0, true);
    }

    /** The request's conditions on article {@code a}, but for its first {@code skipEntities} entities, with or without the text. */
    static void filters(Sql sql, SearchRequest r, int skipEntities, boolean text) {
        if (text && r.q() != null) {
            sql.and("a.search @@ " + QUERY, r.query());
        }
        for (Long entity : r.entities().subList(skipEntities, r.entities().size())) {
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
