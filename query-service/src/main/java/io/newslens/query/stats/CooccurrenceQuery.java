package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An entity's most frequent companions as a graph: the entity and its top companions as nodes, edges
 * weighted by the number of articles (in the date range) mentioning both; with {@code links=all}, also the
 * edges between companions, weighted the same way: the articles mentioning both companions, with or without
 * the entity.
 *
 * <p>Read from the entity pairs (R__entity_pairs.sql): all time from entity_pair_total; a date range from the whole months in
 * entity_pair_month plus the days at either end from article_entity ({@link MonthSplit}). The entity's own
 * count: all time from entity_stats, a range from the rollups' entity_month plus the edge days.
 */
@ApplicationScoped
public class CooccurrenceQuery {

    /**
     * Every ordered pair of distinct entities of one article, shaped like the pair rollups, for the edge days: each
     * counted {@code sign} (MonthSplit adds or subtracts them).
     */
    private static String articlePairs(int sign) {
        return "SELECT entity_id, other_id, " + sign + " AS articles FROM (SELECT p.entity_id,"
                + " q.entity_id AS other_id, p.dated FROM article_entity p JOIN article_entity q"
                + " ON q.article_id = p.article_id AND q.entity_id <> p.entity_id) pairs WHERE true";
    }

    private final Db db;

    public CooccurrenceQuery(Db db) {
        this.db = db;
    }

    public Optional<StatsModels.Graph> graph(long center, int limit, DateRange dates, boolean allLinks) {
        boolean undated = dates.isAllTime();
        Sql articles = undated
                ? new Sql("SELECT article_count AS articles FROM entity_stats WHERE entity_id = ?", center)
                : MonthSplit.of(dates).union("SELECT articles FROM entity_month WHERE true",
                        sign -> "SELECT " + sign + " AS articles FROM article_entity WHERE true", "dated",
                        sql -> sql.and("entity_id = ?", center));
        Optional<StatsModels.Node> centerNode = db.one(new Sql("SELECT e.id, e.name, e.type,"
                + " coalesce((SELECT sum(c.articles) FROM (").add(articles).add(") c), 0) AS n FROM entity e WHERE e.id = ?",
                center), rs -> new StatsModels.Node(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getLong("n")));
        if (centerNode.isEmpty()) {
            return Optional.empty();
        }
        List<StatsModels.Node> nodes = new ArrayList<>();
        nodes.add(centerNode.get());
        List<StatsModels.Edge> edges = new ArrayList<>();
        Sql companions = new Sql("SELECT e.id, e.name, e.type, c.n FROM (SELECT p.other_id, sum(p.articles) AS n FROM (")
                .add(pairs(dates, sql -> sql.and("entity_id = ?", center)))
                .add(") p GROUP BY p.other_id HAVING sum(p.articles) > 0 ORDER BY n DESC, p.other_id LIMIT ?) c"
                        + " JOIN entity e ON e.id = c.other_id"
                        + " ORDER BY c.n DESC, e.id", limit);
        db.list(companions, rs -> {
            nodes.add(new StatsModels.Node(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getLong("n")));
            edges.add(new StatsModels.Edge(center, rs.getLong("id"), rs.getLong("n")));
            return null;
        });
        if (allLinks && nodes.size() > 2) {
            Long[] ids = nodes.stream().skip(1).map(StatsModels.Node::id).toArray(Long[]::new);
            Sql between = new Sql("SELECT p.entity_id AS s, p.other_id AS t, sum(p.articles) AS n FROM (")
                    .add(pairs(dates, sql -> sql.and("entity_id = ANY(?) AND other_id = ANY(?) AND entity_id < other_id",
                            ids, ids)))
                    .add(") p GROUP BY 1, 2 HAVING sum(p.articles) > 0 ORDER BY n DESC, 1, 2");
            db.list(Db.Hint.PLAN_FOR_VALUES, between, rs -> edges.add(new StatsModels.Edge(rs.getLong("s"), rs.getLong("t"), rs.getLong("n"))));
        }
        return Optional.of(new StatsModels.Graph(center, nodes, edges));
    }

    /** (entity_id, other_id, articles) rows whose sum per pair is its articles in the range; {@code filter} narrows them. */
    private static Sql pairs(DateRange dates, Consumer<Sql> filter) {
        if (dates.isAllTime()) {
            Sql sql = new Sql("SELECT entity_id, other_id, articles FROM entity_pair_total WHERE true");
            filter.accept(sql);
            return sql;
        }
        return MonthSplit.of(dates).union("SELECT entity_id, other_id, articles FROM entity_pair_month WHERE true",
                CooccurrenceQuery::articlePairs, "dated", filter);
    }
}
