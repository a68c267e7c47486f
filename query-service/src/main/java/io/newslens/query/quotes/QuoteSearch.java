package io.newslens.query.quotes;

import io.newslens.query.api.Cursor;
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
 * {@value #NEAR} characters of it, and is not its speaker.
 */
@ApplicationScoped
public class QuoteSearch {

    static final String CURSOR = "q";
    public static final int NEAR = 60;

    private final Db db;

    public QuoteSearch(Db db) {
        this.db = db;
    }

    public QuotePage search(QuoteRequest r, boolean withTotal) {
        // "about": from the entity's mentions to the quotes near them (cost follows the entity's mention count),
        // computed once for page and total; except for a page without total of an entity common enough that
        // walking the newest quotes and probing each for a mention stops sooner
        Long[] about = r.about() != null && (withTotal || !walkIsCheaper(r.about())) ? quotesAbout(r.about()) : null;
        Sql page = new Sql("""
                SELECT q.id, q.text, q.speaker_id, e.name AS speaker, e.type, q.speaker_name, q.cue, q.confidence,
                       q.article_id, a.title, a.source, q.dated, q.start_offset, q.end_offset
                FROM quote q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.speaker_id""")
                .add(" WHERE true");
        filters(page, r, about);
        if (r.cursor() != null) {
            page.and("(q.dated, q.id) < (?, ?)", LocalDate.parse(r.cursor().get(0)), Long.parseLong(r.cursor().get(1)));
        }
        page.add(" ORDER BY q.dated DESC, q.id DESC LIMIT ?", r.limit() + 1);
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
            next = Cursor.encode(CURSOR, last.dated().toString(), Long.toString(last.id()));
        }
        long total = -1;
        if (withTotal) {
            Sql count = new Sql("SELECT count(*) FROM quote q WHERE true");
            filters(count, r, about);
            total = db.count(count);
        }
        return new QuotePage(total, hits, next);
    }

    /**
     * Going through the mentions costs about one probe per mention; walking the newest quotes costs about
     * {@code quotes / quotes-about} probes per row wanted, i.e. roughly 40 x quotes / mentions
     * (in the synthetic corpus about one body mention in seven is near a quote). Walk when that is less.
     */
    private boolean walkIsCheaper(long entity) {
        double[] n = db.one(new Sql("SELECT s.mention_count, (SELECT reltuples FROM pg_class WHERE oid = 'quote'::regclass)"
                + " FROM entity_stats s WHERE s.entity_id = ?", entity), rs -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .orElse(new double[] {0, 0});
        return n[0] > 0 && walkFactor * Math.max(n[1], 0) / n[0] < n[0];
    }

    /** See {@link #walkIsCheaper}; tests set it to force one way or the other. */
    static double walkFactor = 40;

    /** The ids of the quotes about the entity, through its mentions. */
    private Long[] quotesAbout(long entity) {
        return db.one(new Sql("SELECT ARRAY(SELECT DISTINCT q2.id FROM mention m JOIN quote q2"
                + " ON q2.article_id = m.article_id AND m.start_offset < q2.end_offset + " + NEAR
                + " AND m.end_offset > q2.start_offset - " + NEAR
                + " WHERE m.entity_id = ? AND m.section = 'BODY' AND q2.speaker_id IS DISTINCT FROM ?)", entity, entity),
                rs -> (Long[]) rs.getArray(1).getArray()).orElse(new Long[0]);
    }

    private static void filters(Sql sql, QuoteRequest r, Long[] about) {
        if (r.speaker() != null) {
            sql.and("q.speaker_id = ?", r.speaker());
        }
        if (r.q() != null) {
            sql.and("q.search @@ websearch_to_tsquery('english', ?)", r.q());
        }
        if (about != null) {
            // an array, not a join: the planner probes the primary key for each id
            sql.and("q.id = ANY (?)", (Object) about);
        } else if (r.about() != null) {
            sql.and("q.speaker_id IS DISTINCT FROM ?", r.about());
            sql.and("EXISTS (SELECT 1 FROM mention m WHERE m.article_id = q.article_id AND m.entity_id = ?"
                    + " AND m.section = 'BODY' AND m.start_offset < q.end_offset + " + NEAR
                    + " AND m.end_offset > q.start_offset - " + NEAR + ")", r.about());
        }
        if (r.source() != null) {
            sql.and("q.source = ?", r.source()); // the article's source, copied by a V2 trigger
        }
        r.dates().on(sql, "q.dated");
    }
}
