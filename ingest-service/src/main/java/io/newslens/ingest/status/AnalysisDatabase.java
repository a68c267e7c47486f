package io.newslens.ingest.status;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read-only look-ups in the analysis database (schema owned by analysis-service; the connection is opened with
 * {@code default_transaction_read_only=on} and a 3 s {@code statement_timeout}). After a failure the database is not asked again for a few seconds, so
 * ingestion stays fast while it is down.
 */
@ApplicationScoped
public class AnalysisDatabase {

    private static final Logger LOG = Logger.getLogger(AnalysisDatabase.class);
    private static final long BACKOFF_MS = 3_000;

    /** The stored analysis of an article. */
    public record Analysed(String revision, Instant analyzedAt, String analyzerVersion) {
    }

    /** A recorded analysis failure. */
    public record Failure(String revision, String reason, Instant failedAt) {
    }

    private final AgroalDataSource dataSource;
    private final AtomicLong downUntil = new AtomicLong();

    public AnalysisDatabase(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The analysed revision of an article, if the analysis database holds one. */
    public Optional<Analysed> analysed(String id) {
        return query("SELECT revision, analyzed_at, analyzer_version FROM article WHERE id = ?", id, rs ->
                new Analysed(rs.getString(1), instant(rs.getTimestamp(2)), rs.getString(3)));
    }

    /** The analysed revision of each of these articles that the analysis database holds, by id. */
    public Map<String, String> analysedRevisions(Collection<String> ids) {
        checkBackoff();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id, revision FROM article WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            Map<String, String> found = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
            return found;
        } catch (SQLException | RuntimeException e) {
            throw unavailable(e);
        }
    }

    /** True while the database is not asked because it failed a moment ago. */
    public boolean backingOff() {
        return downUntil.get() > System.currentTimeMillis();
    }

    /** The failure recorded for one revision, or the latest for any revision when {@code revision} is null. */
    public Optional<Failure> failure(String id, String revision) {
        if (revision == null) {
            return query("SELECT revision, reason, failed_at FROM analysis_failure WHERE article_id = ? ORDER BY failed_at DESC LIMIT 1",
                    id, rs -> new Failure(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3))));
        }
        return query2("SELECT revision, reason, failed_at FROM analysis_failure WHERE article_id = ? AND revision = ?",
                id, revision, rs -> new Failure(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3))));
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> query(String sql, String p1, Row<T> row) {
        return run(sql, new String[] {p1}, row);
    }

    private <T> Optional<T> query2(String sql, String p1, String p2, Row<T> row) {
        return run(sql, new String[] {p1, p2}, row);
    }

    private void checkBackoff() {
        if (backingOff()) {
            throw new DatabaseUnavailableException("analysis database unavailable (retrying shortly)", null);
        }
    }

    private DatabaseUnavailableException unavailable(Exception e) {
        if (downUntil.getAndSet(System.currentTimeMillis() + BACKOFF_MS) <= System.currentTimeMillis()) {
            LOG.warnf("analysis database unavailable: %s", e.getMessage());
        }
        return new DatabaseUnavailableException("analysis database unavailable", e);
    }

    private <T> Optional<T> run(String sql, String[] params, Row<T> row) {
        checkBackoff();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
            }
        } catch (SQLException | RuntimeException e) { // Agroal wraps acquisition timeouts in runtime exceptions
            throw unavailable(e);
        }
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
