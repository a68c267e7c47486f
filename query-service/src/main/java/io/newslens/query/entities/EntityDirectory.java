package io.newslens.query.entities;

import io.newslens.common.names.NameKeys;
import io.newslens.query.api.Db;
import io.newslens.query.api.EntityType;
import io.newslens.query.api.Named;
import io.newslens.query.api.Sql;
import io.newslens.query.quotes.QuoteRequest;
import io.newslens.query.quotes.QuoteSearch;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Entity look-up by name or alias, and profiles. Counts come from entity_stats (kept current by
 * triggers on article_entity, see R__entity_stats.sql), companions from entity_pair_total (the entity pairs).
 */
@ApplicationScoped
public class EntityDirectory {

    private static final String ALIASES =
            "ARRAY(SELECT al.alias FROM entity_alias al WHERE al.entity_id = e.id ORDER BY al.alias) AS aliases";

    private final Db db;
    private final QuoteSearch quotes;

    public EntityDirectory(Db db, QuoteSearch quotes) {
        this.db = db;
        this.quotes = quotes;
    }

    /**
     * Entities whose name or an alias starts with the text, or has a word starting with it; exact
     * matches first, then by how many articles mention them. Without q: the most mentioned.
     */
    public List<EntitySummary> find(String q, EntityType type, int limit) {
        Sql sql = new Sql("SELECT e.id, e.name, e.type, " + ALIASES + ", coalesce(s.article_count, 0) AS articles");
        String key = q == null ? null : NameKeys.key(q);
        if (key != null && !key.isEmpty()) {
            String prefix = LikePatterns.literal(key) + "%";
            String word = "% " + prefix;
            sql.add(", CASE WHEN e.name_key = ? OR EXISTS (SELECT 1 FROM entity_alias x WHERE x.entity_id = e.id AND x.alias_key = ?)"
                    + " THEN 0 WHEN e.name_key LIKE ? THEN 1 ELSE 2 END AS rank", key, key, prefix);
            sql.add(" FROM entity e LEFT JOIN entity_stats s ON s.entity_id = e.id WHERE (e.name_key LIKE ? OR e.name_key LIKE ?"
                    + " OR e.id IN (SELECT x.entity_id FROM entity_alias x WHERE x.alias_key LIKE ? OR x.alias_key LIKE ?))",
                    prefix, word, prefix, word);
        } else {
            sql.add(", 0 AS rank FROM entity e JOIN entity_stats s ON s.entity_id = e.id WHERE true");
        }
        if (type != null) {
            sql.and("e.type = ?", type.name());
        }
        sql.add(" ORDER BY rank, articles DESC, e.id LIMIT ?", limit);
        return db.list(sql, rs -> new EntitySummary(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                Db.strings(rs, "aliases"), rs.getLong("articles")));
    }

    public Optional<EntityProfile> profile(long id, int companions, int quoteCount) {
        return db.one(new Sql("SELECT e.id, e.name, e.type, " + ALIASES + ", s.article_count, s.mention_count,"
                + " s.first_seen, s.last_seen FROM entity e LEFT JOIN entity_stats s ON s.entity_id = e.id WHERE e.id = ?", id),
                rs -> new EntityProfile(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                        Db.strings(rs, "aliases"), rs.getLong("article_count"), rs.getLong("mention_count"),
                        rs.getObject("first_seen", LocalDate.class), rs.getObject("last_seen", LocalDate.class),
                        List.of(), List.of(), List.of()))
                .map(p -> new EntityProfile(p.id(), p.name(), p.type(), p.aliases(), p.articleCount(), p.mentionCount(),
                        p.firstSeen(), p.lastSeen(), coMentioned(id, companions),
                        quoteCount == 0 ? List.of() : quotes.search(QuoteRequest.by(id, quoteCount), false).hits(),
                        quoteCount == 0 ? List.of() : quotes.search(QuoteRequest.about(id, quoteCount), false).hits()));
    }

    /** Companions all time: the first rows of the entity's range in entity_pair_total (a top-N of its rows). */
    private List<EntityProfile.CoMentioned> coMentioned(long id, int limit) {
        return db.list(new Sql("""
                SELECT e.id, e.name, e.type, c.articles FROM (
                    SELECT p.other_id, p.articles FROM entity_pair_total p WHERE p.entity_id = ?
                    ORDER BY p.articles DESC, p.other_id LIMIT ?) c
                JOIN entity e ON e.id = c.other_id ORDER BY c.articles DESC, e.id""", id, limit),
                rs -> new EntityProfile.CoMentioned(new Named(rs.getLong("id"), rs.getString("name"), rs.getString("type")),
                        rs.getLong("articles")));
    }
}
