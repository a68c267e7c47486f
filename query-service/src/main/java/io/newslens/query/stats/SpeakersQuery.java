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
        // rank by quote count first (one ordered index-only pass), then count distinct articles for the few
        // speakers kept: count(DISTINCT) over every speaker cost six times as much
        Sql filters = new Sql("");
        dates.on(filters, "q.dated");
        if (source != null) {
            filters.and("q.source = ?", source); // the article's source, copied by a V2 trigger
        }
        Sql sql = new Sql("SELECT e.id, e.name, t.quotes, t.last, (SELECT count(DISTINCT q.article_id) FROM quote q"
                + " WHERE q.speaker_id = t.speaker_id").add(filters).add(") AS articles FROM (SELECT q.speaker_id,"
                + " count(*) AS quotes, max(q.dated) AS last FROM quote q WHERE q.speaker_id IS NOT NULL").add(filters)
                .add(" GROUP BY q.speaker_id ORDER BY quotes DESC, q.speaker_id LIMIT ?) t JOIN entity e ON e.id = t.speaker_id"
                        + " ORDER BY t.quotes DESC, e.id", limit);
        return db.list(sql, rs -> new StatsModels.Speaker(rs.getLong("id"), rs.getString("name"), rs.getLong("quotes"),
                rs.getLong("articles"), rs.getObject("last", LocalDate.class)));
    }
}
