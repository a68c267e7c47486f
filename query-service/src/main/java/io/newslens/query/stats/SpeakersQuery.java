package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/**
 * The most quoted speakers (attributed quotes only). All time, quotes and articles per speaker are read from
 * speaker_total, for one source from speaker_source (the speaker totals), the first rows of their rank indexes;
 * over a range, the ranking sums the speaker_month rollup for the months and the quote table for the days added or
 * subtracted at either end (see {@link MonthSplit}), and the articles are then counted for the few speakers kept
 * (index-only per speaker). The last quote is the first row of a per-speaker index.
 */
@ApplicationScoped
public class SpeakersQuery {

    private final Db db;

    public SpeakersQuery(Db db) {
        this.db = db;
    }

    public List<StatsModels.Speaker> top(DateRange dates, String source, int limit) {
        boolean undated = dates.isAllTime();
        Sql filters = new Sql("");
        dates.on(filters, "q.dated");
        if (source != null) {
            filters.and("q.source = ?", source); // the article's source, copied by a trigger (the source copies)
        }
        Sql sql = new Sql("SELECT e.id, e.name, t.quotes, ");
        if (undated) {
            sql.add("t.articles");
        } else {
            sql.add("(SELECT count(DISTINCT q.article_id) FROM quote q WHERE q.speaker_id = t.speaker_id").add(filters).add(")");
        }
        sql.add(" AS articles, (SELECT max(q.dated) FROM quote q WHERE q.speaker_id = t.speaker_id").add(filters)
                .add(") AS last FROM (").add(ranking(dates, source, limit))
                .add(") t JOIN entity e ON e.id = t.speaker_id ORDER BY t.quotes DESC, e.id");
        return db.list(sql, rs -> new StatsModels.Speaker(rs.getLong("id"), rs.getString("name"), rs.getLong("quotes"),
                rs.getLong("articles"), rs.getObject("last", LocalDate.class)));
    }

    /** The first speakers by quotes: all time or for a source from the speaker totals, else the month rollup and edge days. */
    private static Sql ranking(DateRange dates, String source, int limit) {
        if (dates.isAllTime()) {
            return source == null
                    ? new Sql("SELECT speaker_id, quotes, articles FROM speaker_total ORDER BY quotes DESC, speaker_id LIMIT ?", limit)
                    : new Sql("SELECT speaker_id, quotes, articles FROM speaker_source WHERE source = ?"
                            + " ORDER BY quotes DESC, speaker_id LIMIT ?", source, limit);
        }
        // quotes as int: sum(int) adds in a bigint, sum(bigint) in numeric (slower to add and to sort)
        return new Sql("SELECT c.speaker_id, sum(c.quotes) AS quotes FROM (").add(MonthSplit.of(dates).union(
                "SELECT speaker_id, quotes::int FROM speaker_month WHERE true",
                sign -> "SELECT speaker_id, " + sign + " AS quotes FROM quote WHERE speaker_id IS NOT NULL", "dated", sql -> {
                    if (source != null) {
                        sql.and("source = ?", source);
                    }
                }))
                // a month's speaker whose quotes all fall in the subtracted days sums to 0
                .add(") c GROUP BY c.speaker_id HAVING sum(c.quotes) > 0 ORDER BY quotes DESC, c.speaker_id LIMIT ?", limit);
    }
}
