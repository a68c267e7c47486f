package io.newslens.query.quotes;

import io.newslens.query.api.Db;
import io.newslens.query.api.Named;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Quotes newest first, filtered by speaker, text, the entity they are about, source and dates.
 * A quote is "about" an entity when the entity is mentioned inside the quote or within
 * {@value #NEAR} characters of it, and is not its speaker: the quote_about table (R__quote_about.sql, which holds that
 * definition and keeps the table by triggers).
 */
@ApplicationScoped
public class QuoteSearch {

    /** As quote_about_rows defines it; for the API's description. */
    public static final int NEAR = 60;

    private final Db db;

    public QuoteSearch(Db db) {
        this.db = db;
    }

    public QuotePage search(QuoteRequest r, boolean withTotal) {
        // "about": the entity's range of quote_about, newest first, read in its index's order (its dated is the
        // quote's); the quote's own columns are joined for the page and for the filters on them
        boolean about = r.about() != null;
        String dated = about ? "x.dated" : "q.dated", id = about ? "x.quote_id" : "q.id";
        Sql page = new Sql("""
                SELECT q.id, q.text, q.speaker_id, e.name AS speaker, e.type, q.speaker_name, q.cue, q.confidence,
                       q.article_id, a.title, a.source, q.dated, q.start_offset, q.end_offset""")
                .add(about ? " FROM quote_about x JOIN quote q ON q.id = x.quote_id" : " FROM quote q")
                .add(" JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.speaker_id WHERE true");
        filters(page, r, dated);
        if (r.cursor() != null) {
            page.and("(" + dated + ", " + id + ") < (?, ?)", r.cursor().dated(), r.cursor().id());
        }
        page.add(" ORDER BY " + dated + " DESC, " + id + " DESC LIMIT ?", r.limit() + 1);
        List<QuoteHit> hits = new ArrayList<>(db.list(page, rs -> new QuoteHit(rs.getLong("id"), rs.getString("text"),
                Db.getLong(rs, "speaker_id") == null ? null
                        : new Named(rs.getLong("speaker_id"), rs.getString("speaker"), rs.getString("type")),
                rs.getString("speaker_name"), rs.getString("cue"), rs.getFloat("confidence"), rs.getString("article_id"),
                rs.getString("title"), rs.getString("source"), rs.getObject("dated", LocalDate.class),
                rs.getInt("start_offset"), rs.getInt("end_offset"))));
        String next = null;
        if (hits.size() > r.limit()) {
            hits.remove(hits.size() - 1);
            QuoteHit last = hits.get(hits.size() - 1);
            next = new QuoteCursor(last.dated(), last.id()).encode();
        }
        long total = -1;
        if (withTotal) {
            // about an entity and nothing else of the quote: its range of quote_about alone, index-only
            boolean quoteColumns = !about || r.speaker() != null || r.q() != null || r.source() != null;
            Sql count = new Sql("SELECT count(*)")
                    .add(!about ? " FROM quote q" : quoteColumns ? " FROM quote_about x JOIN quote q ON q.id = x.quote_id" : " FROM quote_about x")
                    .add(" WHERE true");
            filters(count, r, dated);
            total = db.count(count);
        }
        return new QuotePage(total, hits, next);
    }

    private static void filters(Sql sql, QuoteRequest r, String dated) {
        if (r.about() != null) {
            sql.and("x.entity_id = ?", r.about());
        }
        if (r.speaker() != null) {
            sql.and("q.speaker_id = ?", r.speaker());
        }
        if (r.q() != null) {
            sql.and("q.search @@ websearch_to_tsquery('english', ?)", r.q());
        }
        if (r.source() != null) {
            sql.and("q.source = ?", r.source()); // the article's source, copied by a trigger (the source copies)
        }
        r.dates().on(sql, dated);
    }
}
