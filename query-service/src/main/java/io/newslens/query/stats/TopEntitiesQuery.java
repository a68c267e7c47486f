package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.EntityType;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The most mentioned entities, read from rollups kept by triggers (V2 entity_stats, V4 entity_month and
 * entity_source): all time from entity_stats and a source from entity_source, both one row per entity, the first
 * rows of their rank indexes (V2, V7); one whole month from its entity_month rows, also one per entity; a date range
 * from the months in entity_month plus or minus the days at either end from article_entity (see {@link MonthSplit}). Only a source and a date range together count
 * article_entity rows (an index-only scan over that source's range).
 */
@ApplicationScoped
public class TopEntitiesQuery {

    private final Db db;

    public TopEntitiesQuery(Db db) {
        this.db = db;
    }

    public List<StatsModels.TopEntity> top(EntityType type, DateRange dates, String source, int limit) {
        boolean undated = dates.from() == null && dates.to() == null;
        MonthSplit split = undated ? null : MonthSplit.of(dates);
        Sql ranked;
        if (undated && source == null) {
            // entity_stats_rank_idx (article_count DESC, entity_id): the first rows, no sort
            ranked = new Sql("SELECT s.entity_id, s.article_count AS articles, s.mention_count AS mentions FROM entity_stats s"
                    + " WHERE true");
            ofType(ranked, type, "s");
            ranked.add(" ORDER BY s.article_count DESC, s.entity_id LIMIT ?", limit);
        } else if (undated) {
            // one row per entity of the source: the first rows of V7's entity_source_rank_idx (source, articles DESC, ...)
            ranked = new Sql("SELECT s.entity_id, s.articles, s.mentions FROM entity_source s WHERE s.source = ?", source);
            ofType(ranked, type, "s");
            ranked.add(" ORDER BY s.articles DESC, s.entity_id LIMIT ?", limit);
        } else if (source == null && split.isOneMonth()) {
            // one whole month: one entity_month row per entity, ranked without grouping (a top-N sort)
            ranked = new Sql("SELECT s.entity_id, s.articles, s.mentions FROM entity_month s WHERE s.month = ?", split.fromMonth());
            ofType(ranked, type, "s");
            ranked.add(" ORDER BY s.articles DESC, s.entity_id LIMIT ?", limit);
        } else {
            Sql counts;
            if (source == null) {
                // counts as int: sum(int) adds in a bigint, sum(bigint) in numeric (slower to add and to sort)
                counts = split.union("SELECT entity_id, articles::int, mentions::int FROM entity_month WHERE true",
                        sign -> "SELECT entity_id, " + sign + " AS articles, " + sign + " * mention_count AS mentions"
                                + " FROM article_entity WHERE true", "dated", sql -> { });
            } else {
                // article_entity.source is its article's source (V2): an index-only range scan
                counts = new Sql("SELECT entity_id, 1 AS articles, mention_count AS mentions FROM article_entity s"
                        + " WHERE s.source = ?", source);
                dates.on(counts, "s.dated");
            }
            ranked = new Sql("SELECT c.entity_id, sum(c.articles) AS articles, sum(c.mentions) AS mentions FROM (")
                    .add(counts).add(") c WHERE true");
            ofType(ranked, type, "c");
            // a month's entity whose articles all fall in the subtracted days sums to 0
            ranked.add(" GROUP BY c.entity_id HAVING sum(c.articles) > 0 ORDER BY articles DESC, c.entity_id LIMIT ?", limit);
        }
        Sql sql = new Sql("SELECT e.id, e.name, e.type, r.articles, r.mentions FROM (").add(ranked)
                .add(") r JOIN entity e ON e.id = r.entity_id ORDER BY r.articles DESC, e.id");
        return db.list(sql, rs -> new StatsModels.TopEntity(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                rs.getLong("articles"), rs.getLong("mentions")));
    }

    private static void ofType(Sql sql, EntityType type, String alias) {
        if (type != null) {
            sql.and(alias + ".entity_id IN (SELECT t.id FROM entity t WHERE t.type = ?)", type.name());
        }
    }
}
