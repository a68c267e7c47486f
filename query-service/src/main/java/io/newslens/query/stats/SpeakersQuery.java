package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** The most quoted speakers (attributed quotes only). */
@ApplicationScoped
public class SpeakersQuery {

    private final Db db;

    public SpeakersQuery(Db db) {
        this.db = db;
    }

    public List<StatsModels.Speaker> top(DateRange dates, String source, int limit) {
        Sql counts = new Sql("SELECT q.speaker_id, count(*) AS quotes, count(DISTINCT q.article_id) AS articles,"
                + " max(q.dated) AS last FROM quote q" + (source != null ? " JOIN article a ON a.id = q.article_id" : "")
                + " WHERE q.speaker_id IS NOT NULL");
        dates.on(counts, "q.dated");
        if (source != null) {
            counts.and("a.source = ?", source);
        }
        counts.add(" GROUP BY q.speaker_id ORDER BY quotes DESC, q.speaker_id LIMIT ?", limit);
        return db.list(new Sql("SELECT e.id, e.name, c.quotes, c.articles, c.last FROM (").add(counts)
                        .add(") c JOIN entity e ON e.id = c.speaker_id ORDER BY c.quotes DESC, e.id"),
                rs -> new StatsModels.Speaker(rs.getLong("id"), rs.getString("name"), rs.getLong("quotes"),
                        rs.getLong("articles"), rs.getObject("last", LocalDate.class)));
    }
}
