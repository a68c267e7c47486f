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
        // "about": from the entity's mentions to the quotes near them (cost follows the entity's mention
        // count), except for a page without total of a very common entity, where walking the newest quotes
        // and probing for a mention stops after a few hundred
        boolean viaMentions = r.about() != null && (withTotal || mentionCount(r.about()) <= aboutViaMentionsMax);
        Sql page = about(r, viaMentions).add("""
                SELECT q.id, q.text, q.speaker_id, e.name AS speaker, e.type, q.speaker_name, q.cue, q.confidence,
                       q.article_id, a.title, a.source, q.dated, q.start_offset, q.end_offset
                FROM quote q JOIN article a ON a.id = q.article_id LEFT JOIN entity e ON e.id = q.speaker_id""")
                .add(" WHERE true");
        filters(page, r, viaMentions);
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
            Sql count = about(r, viaMentions).add("SELECT count(*) FROM quote q WHERE true");
            filters(count, r, viaMentions);
            total = db.count(count);
        }
        return new QuotePage(total, hits, next);
    }

    /** Above this many mentions, a page "about" an entity walks the newest quotes instead. */
    static long aboutViaMentionsMax = 20_000;

    private long mentionCount(long entity) {
        return db.one(new Sql("SELECT mention_count FROM entity_stats WHERE entity_id = ?", entity), rs -> rs.getLong(1))
                .orElse(0L);
    }

    /** The ids of the quotes about the entity, as a materialised CTE, when going through its mentions. */
    private static Sql about(QuoteRequest r, boolean viaMentions) {
        if (!viaMentions) {
            return new Sql("");
        }
        return new Sql("WITH about AS MATERIALIZED (SELECT DISTINCT q2.id FROM mention m JOIN quote q2"
                + " ON q2.article_id = m.article_id AND m.start_offset < q2.end_offset + " + NEAR
                + " AND m.end_offset > q2.start_offset - " + NEAR
                + " WHERE m.entity_id = ? AND m.section = 'BODY' AND q2.speaker_id IS DISTINCT FROM ?) ", r.about(), r.about());
    }

    private static void filters(Sql sql, QuoteRequest r, boolean aboutViaMentions) {
        if (r.speaker() != null) {
            sql.and("q.speaker_id = ?", r.speaker());
        }
        if (r.q() != null) {
            sql.and("q.search @@ websearch_to_tsquery('english', ?)", r.q());
        }
        if (aboutViaMentions) {
            // an array, not a join: the planner then probes the primary key for each id instead of
            // hash-joining the whole quote table with a CTE whose size it cannot estimate
            sql.and("q.id = ANY (ARRAY(SELECT about.id FROM about))");
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
