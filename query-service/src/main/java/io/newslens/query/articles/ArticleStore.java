package io.newslens.query.articles;

import io.newslens.query.api.Db;
import io.newslens.query.api.Named;
import io.newslens.query.api.Sql;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one article and its analysis: four indexed look-ups by article id. */
@ApplicationScoped
public class ArticleStore {

    private final Db db;

    public ArticleStore(Db db) {
        this.db = db;
    }

    public Optional<ArticleDetail> find(String id) {
        Optional<ArticleDetail> head = db.one(new Sql("""
                SELECT id, revision, url, source, title, byline, published, dated, received_at, analyzed_at,
                       analyzer_version, body
                FROM article WHERE id = ?""", id), rs -> new ArticleDetail(rs.getString("id"), rs.getString("revision"),
                rs.getString("url"), rs.getString("source"), rs.getString("title"), rs.getString("byline"),
                rs.getObject("published", LocalDate.class), rs.getObject("dated", LocalDate.class),
                rs.getObject("received_at", OffsetDateTime.class), rs.getObject("analyzed_at", OffsetDateTime.class),
                rs.getString("analyzer_version"), rs.getString("body"), List.of(), List.of()));
        if (head.isEmpty()) {
            return head;
        }
        Map<Long, List<ArticleDetail.Mention>> mentions = new LinkedHashMap<>();
        db.list(new Sql("""
                SELECT entity_id, section, start_offset, end_offset, surface FROM mention
                WHERE article_id = ? ORDER BY section DESC, start_offset""", id), rs -> {
            mentions.computeIfAbsent(rs.getLong("entity_id"), k -> new ArrayList<>()).add(new ArticleDetail.Mention(
                    rs.getString("section"), rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("surface")));
            return null;
        });
        List<ArticleDetail.Entity> entities = db.list(new Sql("""
                SELECT e.id, e.name, e.type, ae.aliases AS used, ae.mention_count,
                       ARRAY(SELECT al.alias FROM entity_alias al WHERE al.entity_id = e.id ORDER BY al.alias) AS aliases
                FROM article_entity ae JOIN entity e ON e.id = ae.entity_id
                WHERE ae.article_id = ? ORDER BY ae.mention_count DESC, e.name""", id),
                rs -> new ArticleDetail.Entity(rs.getLong("id"), rs.getString("name"), rs.getString("type"),
                        Db.strings(rs, "aliases"), Db.strings(rs, "used"), rs.getInt("mention_count"),
                        mentions.getOrDefault(rs.getLong("id"), List.of())));
        List<ArticleDetail.Quote> quotes = db.list(new Sql("""
                SELECT q.id, q.seq, q.text, q.start_offset, q.end_offset, q.speaker_id, e.name AS speaker, e.type,
                       q.speaker_name, q.cue, q.confidence, q.block
                FROM quote q LEFT JOIN entity e ON e.id = q.speaker_id
                WHERE q.article_id = ? ORDER BY q.seq""", id),
                rs -> new ArticleDetail.Quote(rs.getLong("id"), rs.getInt("seq"), rs.getString("text"),
                        rs.getInt("start_offset"), rs.getInt("end_offset"),
                        Db.getLong(rs, "speaker_id") == null ? null
                                : new Named(rs.getLong("speaker_id"), rs.getString("speaker"), rs.getString("type")),
                        rs.getString("speaker_name"), rs.getString("cue"), rs.getFloat("confidence"), rs.getBoolean("block")));
        ArticleDetail a = head.get();
        return Optional.of(new ArticleDetail(a.id(), a.revision(), a.url(), a.source(), a.title(), a.byline(),
                a.published(), a.dated(), a.receivedAt(), a.analyzedAt(), a.analyzerVersion(), a.body(), entities, quotes));
    }
}
