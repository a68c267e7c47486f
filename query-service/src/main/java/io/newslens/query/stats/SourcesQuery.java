package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Articles per source, from the source days (source_day): sources x days, however many articles. */
@ApplicationScoped
public class SourcesQuery {

    private final Db db;

    public SourcesQuery(Db db) {
        this.db = db;
    }

    public List<StatsModels.Source> sources(DateRange dates, int limit) {
        // a day is there only while it has articles: its first and last are the source's first and last article
        Sql sql = new Sql("SELECT source, sum(articles) AS n, min(day) AS first, max(day) AS last FROM source_day WHERE true");
        dates.on(sql, "day");
        sql.add(" GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", limit);
        return db.list(sql, rs -> new StatsModels.Source(rs.getString("source"), rs.getLong("n"),
                rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)));
    }
}
