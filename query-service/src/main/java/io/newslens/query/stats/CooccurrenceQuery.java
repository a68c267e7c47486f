package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entity's most frequent companions as a graph: the entity and its top companions as nodes, edges
 * weighted by the number of articles mentioning both; with {@code links=all}, also the edges between
 * companions within the entity's articles.
 */
@ApplicationScoped
public class CooccurrenceQuery {

    private final Db db;

    public CooccurrenceQuery(Db db) {
        this.db = db;
    }

    public Optional<StatsModels.Graph> graph(long center, int limit, DateRange dates, boolean allLinks) {
        Sql mine = new Sql("SELECT me.article_id FROM article_entity me WHERE me.entity_id = ?", center);
        dates.on(mine, "me.dated");
        Optional<StatsModels.Node> centerNode = db.one(new Sql("SELECT e.id, e.name, e.type, (SELECT count(*) FROM (")
                .add(mine).add(") m) AS n FROM entity e WHERE e.id = ?", center), rs -> new StatsModels.Node(
                rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getLong("n")));
        if (centerNode.isEmpty()) {
            return Optional.empty();
        }
        List<StatsModels.Node> nodes = new ArrayList<>();
        nodes.add(centerNode.get());
        List<StatsModels.Edge> edges = new ArrayList<>();
        Sql companions = new Sql("SELECT e.id, e.name, e.type, c.n FROM (SELECT o.entity_id, count(*) AS n FROM (")
                .add(mine).add(") m JOIN article_entity o ON o.article_id = m.article_id WHERE o.entity_id <> ?"
                        + " GROUP BY o.entity_id ORDER BY n DESC, o.entity_id LIMIT ?) c JOIN entity e ON e.id = c.entity_id"
                        + " ORDER BY c.n DESC, e.id", center, limit);
        db.list(companions, rs -> {
            nodes.add(new StatsModels.Node(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getLong("n")));
            edges.add(new StatsModels.Edge(center, rs.getLong("id"), rs.getLong("n")));
            return null;
        });
        if (allLinks && nodes.size() > 2) {
            Long[] ids = nodes.stream().skip(1).map(StatsModels.Node::id).toArray(Long[]::new);
            Sql between = new Sql("SELECT x.entity_id AS s, y.entity_id AS t, count(*) AS n FROM (").add(mine)
                    .add(") m JOIN article_entity x ON x.article_id = m.article_id AND x.entity_id = ANY(?)"
                            + " JOIN article_entity y ON y.article_id = m.article_id AND y.entity_id = ANY(?) AND y.entity_id > x.entity_id"
                            + " GROUP BY 1, 2 ORDER BY n DESC, 1, 2", ids, ids);
            db.list(between, rs -> edges.add(new StatsModels.Edge(rs.getLong("s"), rs.getLong("t"), rs.getLong("n"))));
        }
        return Optional.of(new StatsModels.Graph(center, nodes, edges));
    }
}
