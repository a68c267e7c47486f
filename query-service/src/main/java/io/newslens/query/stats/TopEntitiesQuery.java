package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.EntityType;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The most mentioned entities: from entity_stats when unfiltered, else counted over the date range. */
@ApplicationScoped
public class TopEntitiesQuery {

    private final Db db;

    public TopEntitiesQuery(Db db) {
        this.db = db;
    }

    public List<StatsModels.TopEntity> top(EntityType type, DateRange dates, String source, int limit) {
        Sql sql;
        if (dates.from() == null && dates.to() == null && source == null) {
            sql = new Sql("SELECT e.id, e.name, e.type, s.article_count AS articles, s.mention_count AS mentions"
                    + " FROM entity_stats s JOIN entity e ON e.id = s.entity_id WHERE true");
            if (type != null) {
                sql.and("e.type = ?", type.name());
            }
            sql.add(" ORDER BY s.article_count DESC, e.id LIMIT ?", limit);
        } else {
            // article_entity.source is its article's source (V2), so this stays an index-only range scan
            Sql counts = new Sql("SELECT ae.entity_id, count(*) AS articles, sum(ae.mention_count) AS mentions"
                    + " FROM article_entity ae WHERE true");
            dates.on(counts, "ae.dated");
            if (source != null) {
                counts.and("ae.source = ?", source);
            }
            if (type != null) {
                counts.and("ae.entity_id IN (SELECT t.id FROM entity t WHERE t.type = ?)", type.name());
            }
            counts.add(" GROUP BY ae.entity_id ORDER BY articles DESC, ae.entity_id LIMIT ?", limit);
            sql = new Sql("SELECT e.id, e.name, e.type, c.articles, c.mentions FROM (").add(counts)
                    .add(") c JOIN entity e ON e.id = c.entity_id ORDER BY c.articles DESC, e.id");
        }
        return db.list(sql, rs -> new StatsModels.TopEntity(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                rs.getLong("articles"), rs.getLong("mentions")));
    }
}
