package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.EntityType;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The most mentioned entities, read from rollups kept by triggers (entity stats; the rollups entity_month and
 * entity_source): all time from entity_stats and a source from entity_source, both one row per entity, the first
 * rows of their rank indexes; one whole month from its entity_month rows, also one per entity. A date range
 * (with or without a source) counts the entities most likely to lead it first, in order of their articles all time,
 * and stops once no later one can enter the ranking (see {@link #byBound}); its counts come from the months in
 * entity_month plus or minus the days at either end from article_entity (see {@link MonthSplit}), or with a source,
 * from article_entity (an index-only scan over that source's range).
 */
@ApplicationScoped
public class TopEntitiesQuery {

    /** Batches of candidates read before the whole range is ranked instead (sizes doubling from the first). */
    static final int ROUNDS = 4;

    private final Db db;
    private final int firstBatch;
    private final int batchPerLimit;

    @Inject
    public TopEntitiesQuery(Db db) {
        this(db, 200, 4);
    }

    /** The first batch of candidates: {@code firstBatch}, or {@code batchPerLimit} times the limit when more. */
    TopEntitiesQuery(Db db, int firstBatch, int batchPerLimit) {
        this.db = db;
        this.firstBatch = firstBatch;
        this.batchPerLimit = batchPerLimit;
    }

    public List<StatsModels.TopEntity> top(EntityType type, DateRange dates, String source, int limit) {
        if (dates.isAllTime()) {
            return named(allTime(type, source, null, limit), null);
        }
        MonthSplit split = MonthSplit.of(dates);
        if (source == null && split.isOneMonth()) {
            // one whole month: one entity_month row per entity, ranked without grouping (a top-N sort)
            Sql ranked = new Sql("SELECT s.entity_id, s.articles, s.mentions FROM entity_month s WHERE s.month = ?", split.fromMonth());
            ofType(ranked, type, "s");
            ranked.add(" ORDER BY s.articles DESC, s.entity_id LIMIT ?", limit);
            return named(ranked, null);
        }
        List<StatsModels.TopEntity> bounded = byBound(type, dates, split, source, limit);
        return bounded != null ? bounded : named(rankedInRange(type, dates, split, source, limit, null), null);
    }

    /**
     * All time, ranked: the first rows of a rank index, entity_stats or, for a source, entity_source, after
     * {@code after} (articles, entity_id) when given.
     */
    private static Sql allTime(EntityType type, String source, long[] after, int limit) {
        Sql ranked;
        String articles;
        if (source == null) {
            // entity_stats_rank_idx (article_count DESC, entity_id): the first rows, no sort
            ranked = new Sql("SELECT s.entity_id, s.article_count AS articles, s.mention_count AS mentions FROM entity_stats s"
                    + " WHERE true");
            articles = "s.article_count";
        } else {
            // one row per entity of the source: the first rows of entity_source_rank_idx (source, articles DESC, ...)
            ranked = new Sql("SELECT s.entity_id, s.articles, s.mentions FROM entity_source s WHERE s.source = ?", source);
            articles = "s.articles";
        }
        ofType(ranked, type, "s");
        if (after != null) {
            ranked.and("(" + articles + " < ? OR (" + articles + " = ? AND s.entity_id > ?))", after[0], after[0], after[1]);
        }
        return ranked.add(" ORDER BY " + articles + " DESC, s.entity_id LIMIT ?", limit);
    }

    /**
     * A date range, exactly, from the entities most likely to lead it: no entity has more articles in a range than
     * all time (in the source, with one), so the candidates are taken in that order, a batch at a time, and counted
     * in the range; once the last of the ranking has more articles in the range than the next candidate has at all,
     * no later candidate can enter it. In news a few entities lead every range, so one batch of a few hundred is
     * read instead of every entity's months. Null when that took more than {@link #ROUNDS} batches (e.g. a range so
     * quiet that fewer entities than asked appear in it): the caller ranks them all.
     */
    private List<StatsModels.TopEntity> byBound(EntityType type, DateRange dates, MonthSplit split, String source, int limit) {
        int batch = Math.max(firstBatch, batchPerLimit * limit);
        List<StatsModels.TopEntity> best = new ArrayList<>();
        long[] after = null; // (all-time articles, entity_id) of the last candidate read
        for (int round = 0; round < ROUNDS; round++, batch *= 2) {
            List<long[]> candidates = db.list(allTime(type, source, after, batch),
                    rs -> new long[] {rs.getLong("articles"), rs.getLong("entity_id")});
            if (candidates.isEmpty()) {
                return best;
            }
            Long[] ids = candidates.stream().map(c -> c[1]).toArray(Long[]::new);
            best.addAll(named(rankedInRange(type, dates, split, source, limit, ids), Db.Hint.PLAN_FOR_VALUES));
            best.sort(Comparator.comparingLong(StatsModels.TopEntity::articles).reversed()
                    .thenComparingLong(StatsModels.TopEntity::id));
            if (best.size() > limit) {
                best = new ArrayList<>(best.subList(0, limit));
            }
            after = candidates.get(candidates.size() - 1);
            if (candidates.size() < batch || best.size() == limit && best.get(limit - 1).articles() > after[0]) {
                return best;
            }
        }
        return null;
    }

    /** Entities ranked by their articles in the range, all of them or ({@code ids} not null) those only. */
    private static Sql rankedInRange(EntityType type, DateRange dates, MonthSplit split, String source, int limit, Long[] ids) {
        Consumer<Sql> only = sql -> {
            if (ids != null) {
                sql.and("entity_id = ANY(?)", (Object) ids);
            }
        };
        Sql counts;
        if (source == null) {
            // counts as int: sum(int) adds in a bigint, sum(bigint) in numeric (slower to add and to sort)
            counts = split.union("SELECT entity_id, articles::int, mentions::int FROM entity_month WHERE true",
                    sign -> "SELECT entity_id, " + sign + " AS articles, " + sign + " * mention_count AS mentions"
                            + " FROM article_entity WHERE true", "dated", only);
        } else {
            // article_entity.source is its article's source (the source copies): an index-only range scan
            counts = new Sql("SELECT entity_id, 1 AS articles, mention_count AS mentions FROM article_entity s"
                    + " WHERE s.source = ?", source);
            dates.on(counts, "s.dated");
            only.accept(counts);
        }
        Sql ranked = new Sql("SELECT c.entity_id, sum(c.articles) AS articles, sum(c.mentions) AS mentions FROM (")
                .add(counts).add(") c WHERE true");
        ofType(ranked, type, "c");
        // a month's entity whose articles all fall in the subtracted days sums to 0
        return ranked.add(" GROUP BY c.entity_id HAVING sum(c.articles) > 0 ORDER BY articles DESC, c.entity_id LIMIT ?", limit);
    }

    /** The ranked entities with their names; {@code hint} may be null. */
    private List<StatsModels.TopEntity> named(Sql ranked, Db.Hint hint) {
        Sql sql = new Sql("SELECT e.id, e.name, e.type, r.articles, r.mentions FROM (").add(ranked)
                .add(") r JOIN entity e ON e.id = r.entity_id ORDER BY r.articles DESC, e.id");
        return db.list(hint, sql, rs -> new StatsModels.TopEntity(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                rs.getLong("articles"), rs.getLong("mentions")));
    }

    private static void ofType(Sql sql, EntityType type, String alias) {
        if (type != null) {
            sql.and(alias + ".entity_id IN (SELECT t.id FROM entity t WHERE t.type = ?)", type.name());
        }
    }
}
