package io.newslens.analysis.store;

import io.agroal.api.AgroalDataSource;
import io.newslens.contract.ArticleMessage;
import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.ExtractedEntity;
import io.newslens.extract.ExtractedQuote;
import io.newslens.extract.Mention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stores one article's analysis. Everything an analysis writes, and the dedupe-log row that marks the
 * message as processed, commit in one transaction: a replayed message finds its log row and changes nothing.
 */
@ApplicationScoped
public class AnalysisStore {

    private final AgroalDataSource dataSource;

    public AnalysisStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when this revision of the article was already analysed by this analyzer version. */
    @Transactional
    public boolean isProcessed(String articleId, String revision, String analyzerVersion) {
        return ProcessedMessage.contains(articleId, revision, analyzerVersion);
    }

    /**
     * Replaces the stored analysis of the article with this one, unless this (article, revision, analyzer
     * version) was already stored.
     *
     * @return false when it was already stored and nothing changed
     */
    @Transactional
    public boolean store(ArticleMessage article, ArticleAnalysis analysis) throws SQLException {
        LocalDate dated = article.published() != null ? article.published()
                : article.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
        try (Connection c = dataSource.getConnection()) {
            // One writer per article at a time: two records of one id (a revision and its successor, or two copies of
            // one revision) handled by two workers would otherwise both find no dedupe row and race for the article's
            // key. The second waits here until the first commits, then finds its dedupe row (or its newer revision).
            lockArticle(c, article.id());
            if (ProcessedMessage.contains(article.id(), article.revision(), analysis.analyzerVersion())) {
                return false;
            }
            if (newerRevisionStored(c, article)) {
                // an older revision finishing after a newer one: log it, keep the newer analysis
                ProcessedMessage.record(article.id(), article.revision(), analysis.analyzerVersion());
                return false;
            }
            deleteArticle(c, article.id());
            insertArticle(c, article, analysis, dated);
            EntityLinker linker = new EntityLinker(c);
            Map<Integer, Long> globalIds = new HashMap<>();
            Map<Long, List<ExtractedEntity>> byGlobal = new LinkedHashMap<>();
            for (ExtractedEntity e : analysis.entities()) {
                long id = linker.link(e);
                globalIds.put(e.index(), id);
                byGlobal.computeIfAbsent(id, k -> new ArrayList<>()).add(e);
            }
            insertArticleEntities(c, article.id(), byGlobal, dated);
            insertMentions(c, article.id(), analysis, globalIds);
            insertQuotes(c, article.id(), analysis, globalIds, dated);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM analysis_failure WHERE article_id = ?")) {
                ps.setString(1, article.id());
                ps.executeUpdate();
            }
        }
        ProcessedMessage.record(article.id(), article.revision(), analysis.analyzerVersion());
        return true;
    }

    /** Notes that a message could not be analysed, for status look-ups; the message itself goes to the DLQ. */
    @Transactional
    public void recordFailure(String articleId, String revision, String reason) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO analysis_failure (article_id, revision, reason) VALUES (?, ?, ?)
                ON CONFLICT (article_id, revision) DO UPDATE SET reason = EXCLUDED.reason, failed_at = now()""")) {
            ps.setString(1, articleId);
            ps.setString(2, revision);
            ps.setString(3, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.executeUpdate();
        }
    }

    /** A transaction-scoped advisory lock on the article id (released at commit or rollback). */
    private static void lockArticle(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
            ps.setString(1, articleId);
            ps.execute();
        }
    }

    private static boolean newerRevisionStored(Connection c, ArticleMessage article) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM article WHERE id = ? AND revision <> ? AND received_at > ? FOR UPDATE")) {
            ps.setString(1, article.id());
            ps.setString(2, article.revision());
            ps.setTimestamp(3, Timestamp.from(article.receivedAt()));
            try (var rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void deleteArticle(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    private static void insertArticle(Connection c, ArticleMessage a, ArticleAnalysis analysis, LocalDate dated)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article (id, revision, url, source, title, byline, published, body, received_at, dated,
                                     analyzed_at, analyzer_version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, a.id());
            ps.setString(2, a.revision());
            ps.setString(3, a.url());
            ps.setString(4, a.source());
            ps.setString(5, a.title());
            ps.setString(6, a.byline());
            if (a.published() == null) {
                ps.setNull(7, Types.DATE);
            } else {
                ps.setDate(7, Date.valueOf(a.published()));
            }
            ps.setString(8, a.body());
            ps.setTimestamp(9, Timestamp.from(a.receivedAt()));
            ps.setDate(10, Date.valueOf(dated));
            ps.setTimestamp(11, Timestamp.from(Instant.now()));
            ps.setString(12, analysis.analyzerVersion());
            ps.executeUpdate();
        }
    }

    private static void insertArticleEntities(Connection c, String articleId, Map<Long, List<ExtractedEntity>> byGlobal,
                                              LocalDate dated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO article_entity (article_id, entity_id, name, aliases, mention_count, dated)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (Map.Entry<Long, List<ExtractedEntity>> g : byGlobal.entrySet()) {
                // two article entities linked to one global entity are one entity in this article too
                ExtractedEntity first = g.getValue().get(0);
                Set<String> aliases = new LinkedHashSet<>();
                int mentions = 0;
                for (ExtractedEntity e : g.getValue()) {
                    aliases.add(e.name());
                    aliases.addAll(e.aliases());
                    mentions += e.mentions().size();
                }
                ps.setString(1, articleId);
                ps.setLong(2, g.getKey());
                ps.setString(3, first.name());
                ps.setArray(4, c.createArrayOf("text", aliases.toArray()));
                ps.setInt(5, mentions);
                ps.setDate(6, Date.valueOf(dated));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertMentions(Connection c, String articleId, ArticleAnalysis analysis,
                                       Map<Integer, Long> globalIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO mention (article_id, entity_id, section, start_offset, end_offset, surface)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, section, start_offset) DO NOTHING""")) {
            for (ExtractedEntity e : analysis.entities()) {
                for (Mention m : e.mentions()) {
                    ps.setString(1, articleId);
                    ps.setLong(2, globalIds.get(e.index()));
                    ps.setString(3, m.section().name());
                    ps.setInt(4, m.start());
                    ps.setInt(5, m.end());
                    ps.setString(6, m.text());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void insertQuotes(Connection c, String articleId, ArticleAnalysis analysis,
                                     Map<Integer, Long> globalIds, LocalDate dated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO quote (article_id, seq, start_offset, end_offset, text, speaker_id, speaker_name, cue,
                                   confidence, block, dated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int seq = 0;
            for (ExtractedQuote q : analysis.quotes()) {
                ExtractedEntity speaker = analysis.speakerOf(q);
                ps.setString(1, articleId);
                ps.setInt(2, seq++);
                ps.setInt(3, q.start());
                ps.setInt(4, q.end());
                ps.setString(5, q.text());
                if (speaker == null) {
                    ps.setNull(6, Types.BIGINT);
                    ps.setNull(7, Types.VARCHAR);
                } else {
                    ps.setLong(6, globalIds.get(speaker.index()));
                    ps.setString(7, speaker.name());
                }
                ps.setString(8, q.cue());
                ps.setFloat(9, (float) q.confidence());
                ps.setBoolean(10, q.block());
                ps.setDate(11, Date.valueOf(dated));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
