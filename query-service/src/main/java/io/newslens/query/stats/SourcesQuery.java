package io.newslens.query.stats;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;

/** Articles per source. */
@ApplicationScoped
public class SourcesQuery {

    private final Db db;

    public SourcesQuery(Db db) {
        this.db = db;
    }

    public List<StatsModels.Source> sources(DateRange dates, int limit) {
        Sql sql = new Sql("SELECT coalesce(source, '') AS source, count(*) AS n, min(dated) AS first, max(dated) AS last"
                + " FROM article WHERE true");
        dates.on(sql, "dated");
        sql.add(" GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", limit);
        return db.list(sql, rs -> new StatsModels.Source(rs.getString("source"), rs.getLong("n"),
                rs.getObject("first", LocalDate.class), rs.getObject("last", LocalDate.class)));
    }
}
