package io.newslens.query.caching;

import io.newslens.query.api.Db;
import io.newslens.query.api.Params.DateRange;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Optional;

/**
 * The data versions the database keeps (R__data_versions.sql) read for one scope: a few index rows instead of the answer. A range's
 * version is the sum of the write counters of its whole months and of its other days (see {@link VersionSplit}) and
 * the entity-rename counter; counters only grow, so the sum changes with every commit that writes an article of the
 * scope, in whatever order concurrent writers commit. An article's version is its revision and analysis time with
 * the name, type and number of aliases of every entity it mentions or quotes (aliases are only ever added).
 * Each scope is read at most once a {@code newslens.http.versions-ttl} ({@link VersionMemo}): a poller learns of a
 * write that much later at most, well inside the aggregations' own {@code max-age}.
 */
@ApplicationScoped
public class DataVersions {

    /** The memo's keys: records, so that no source name (not even "null") can stand for another scope. */
    private record RangeScope(DateRange dates, String source) {
    }

    private record ArticleScope(String id) {
    }

    private final Db db;
    private final VersionMemo memo;

    public DataVersions(Db db, @ConfigProperty(name = "newslens.http.versions-ttl", defaultValue = "1s") Duration ttl) {
        this.db = db;
        this.memo = new VersionMemo(ttl.toNanos(), System::nanoTime);
    }

    /** Articles of {@code source} (all when null) dated in {@code dates}, and entity renames: "writes.renames". */
    public String range(DateRange dates, String source) {
        return memo.get(new RangeScope(dates, source), () -> readRange(dates, source));
    }

    private String readRange(DateRange dates, String source) {
        VersionSplit split = VersionSplit.of(dates);
        Sql sql = new Sql("SELECT (SELECT changes FROM entity_names_version) AS renames, (SELECT coalesce(sum(changes), 0)"
                + " FROM source_month_version WHERE ");
        if (split.hasMonths()) {
            sql.add("true");
            if (split.fromMonth() != null) {
                sql.and("month >= ?", split.fromMonth());
            }
            if (split.toMonth() != null) {
                sql.and("month < ?", split.toMonth());
            }
            if (source != null) {
                sql.and("source = ?", source);
            }
        } else {
            sql.add("false");
        }
        sql.add(")");
        for (DateRange days : split.days()) {
            sql.add(" + (SELECT coalesce(sum(changes), 0) FROM source_day_version WHERE day BETWEEN ? AND ?",
                    days.from(), days.to());
            if (source != null) {
                sql.and("source = ?", source);
            }
            sql.add(")");
        }
        sql.add(" AS writes");
        return db.one(sql, rs -> rs.getBigDecimal("writes").toPlainString() + "." + rs.getLong("renames")).orElseThrow();
    }

    /** Every article and entity: any write. */
    public String global() {
        return range(new DateRange(null, null), null);
    }

    /** Empty when there is no such article. */
    public Optional<String> article(String id) {
        return memo.get(new ArticleScope(id), () -> readArticle(id));
    }

    private Optional<String> readArticle(String id) {
        return db.one(new Sql("""
                SELECT md5(a.revision || '|' || a.analyzer_version || '|' || a.analyzed_at || '|' || coalesce((
                           SELECT string_agg(e.id || ':' || e.type || ':' || e.name || ':'
                                             || (SELECT count(*) FROM entity_alias al WHERE al.entity_id = e.id), ','
                                             ORDER BY e.id)
                           FROM entity e
                           WHERE e.id IN (SELECT ae.entity_id FROM article_entity ae WHERE ae.article_id = a.id
                                          UNION SELECT q.speaker_id FROM quote q WHERE q.article_id = a.id)), ''))
                FROM article a WHERE a.id = ?""", id), rs -> rs.getString(1));
    }
}
