package io.newslens.query.stats;

import io.newslens.query.api.BadParameterException;
import io.newslens.query.api.Db;
import io.newslens.query.api.Named;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mentions of entities per day, week or month, every bucket present. */
@ApplicationScoped
public class TimelineQuery {

    private final Db db;

    public TimelineQuery(Db db) {
        this.db = db;
    }

    public StatsModels.Timeline timeline(List<Long> ids, Interval interval, DateRange dates, String source) {
        Long[] idArray = ids.toArray(Long[]::new);
        Map<Long, Named> entities = new LinkedHashMap<>();
        for (Long id : ids) {
            entities.put(id, null);
        }
        LocalDate[] seen = new LocalDate[2];
        db.list(new Sql("SELECT e.id, e.name, e.type, s.first_seen, s.last_seen FROM entity e"
                + " LEFT JOIN entity_stats s ON s.entity_id = e.id WHERE e.id = ANY(?)", (Object) idArray), rs -> {
            entities.put(rs.getLong("id"), new Named(rs.getLong("id"), rs.getString("name"), rs.getString("type")));
            LocalDate first = rs.getObject("first_seen", LocalDate.class);
            LocalDate last = rs.getObject("last_seen", LocalDate.class);
            if (first != null && (seen[0] == null || first.isBefore(seen[0]))) {
                seen[0] = first;
            }
            if (last != null && (seen[1] == null || last.isAfter(seen[1]))) {
                seen[1] = last;
            }
            return null;
        });
        for (Map.Entry<Long, Named> e : entities.entrySet()) {
            if (e.getValue() == null) {
                throw new BadParameterException("entity", "no entity with id " + e.getKey());
            }
        }
        LocalDate to = dates.to() != null ? dates.to() : seen[1] != null ? seen[1] : LocalDate.now();
        LocalDate from = dates.from() != null ? dates.from() : seen[0] != null ? seen[0] : to;
        if (from.isAfter(to)) {
            from = to; // only one end given, and it lies outside the data
        }
        List<LocalDate> buckets = interval.buckets(from, to);
        Map<LocalDate, Integer> index = new HashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            index.put(buckets.get(i), i);
        }
        Map<Long, long[][]> values = new HashMap<>();
        for (Long id : entities.keySet()) {
            values.put(id, new long[2][buckets.size()]);
        }
        // planned for its values: PostgreSQL's generic plan for it (kept once the driver prepares it on the server)
        // walked article_entity's date index through the whole range and filtered by entity, where a plan for the
        // values probes the entities' own index (deploy/bench/query's floor showed it; figures in its README)
        Sql counts = new Sql("SELECT entity_id, date_trunc(?, dated::timestamp)::date AS bucket, count(*) AS articles,"
                + " sum(mention_count) AS mentions FROM article_entity WHERE entity_id = ANY(?) AND dated >= ? AND dated <= ?",
                interval.sqlName(), idArray, from, to);
        if (source != null) {
            counts.and("source = ?", source);
        }
        db.list(Db.Hint.PLAN_FOR_VALUES, counts.add(" GROUP BY 1, 2"), rs -> {
            Integer i = index.get(rs.getObject("bucket", LocalDate.class));
            if (i != null) {
                long[][] v = values.get(rs.getLong("entity_id"));
                v[0][i] = rs.getLong("articles");
                v[1][i] = rs.getLong("mentions");
            }
            return null;
        });
        List<StatsModels.Series> series = new ArrayList<>();
        for (Map.Entry<Long, Named> e : entities.entrySet()) {
            long[][] v = values.get(e.getKey());
            series.add(new StatsModels.Series(e.getValue(), boxed(v[0]), boxed(v[1])));
        }
        return new StatsModels.Timeline(interval.sqlName(), from, to, buckets, series);
    }

    private static List<Long> boxed(long[] v) {
        List<Long> out = new ArrayList<>(v.length);
        for (long x : v) {
            out.add(x);
        }
        return out;
    }
}
