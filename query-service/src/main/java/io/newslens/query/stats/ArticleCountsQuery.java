package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Articles per day, week or month, from the source days (source_day: sources x days, R__source_days.sql), every bucket present. */
@ApplicationScoped
public class ArticleCountsQuery {

    private final Db db;

    public ArticleCountsQuery(Db db) {
        this.db = db;
    }

    public StatsModels.ArticleCounts counts(Interval interval, DateRange dates, String source) {
        LocalDate from = dates.from();
        LocalDate to = dates.to();
        if (from == null || to == null) {
            // an open end is the first or last day with articles (of the source, when one is given)
            Sql span = new Sql("SELECT min(day) AS first, max(day) AS last FROM source_day WHERE true");
            sourceOn(span, source);
            LocalDate[] seen = db.one(span, rs -> new LocalDate[] {
                    rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)}).orElseThrow();
            to = to != null ? to : seen[1] != null ? seen[1] : LocalDate.now();
            from = from != null ? from : seen[0] != null ? seen[0] : to;
            if (from.isAfter(to)) {
                from = to; // only one end given, and it lies outside the data
            }
        }
        List<LocalDate> buckets = interval.buckets(from, to);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            index.put(buckets.get(i), i);
        }
        List<Long> articles = new ArrayList<>(Collections.nCopies(buckets.size(), 0L));
        Sql sql = new Sql("SELECT date_trunc(?, day::timestamp)::date AS bucket, sum(articles) AS n FROM source_day"
                + " WHERE day >= ? AND day <= ?", interval.sqlName(), from, to);
        sourceOn(sql, source);
        sql.add(" GROUP BY 1");
        db.list(sql, rs -> {
            Integer i = index.get(rs.getObject("bucket", LocalDate.class));
            if (i != null) {
                articles.set(i, rs.getLong("n"));
            }
            return null;
        });
        return new StatsModels.ArticleCounts(interval.sqlName(), from, to, source, buckets, articles);
    }

    private static void sourceOn(Sql sql, String source) {
        if (source != null) {
            sql.and("source = ?", source);
        }
    }
}
