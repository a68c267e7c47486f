package io.newslens.analysis.reanalysis;

import io.agroal.api.AgroalDataSource;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.extract.ExtractionEngine;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Re-runs the current analyzer over stored articles by sending them through the articles topic again,
 * with their ids and revisions unchanged. The consumer's dedupe log is keyed on the analyzer version, so
 * articles already analysed by the current version are skipped, and each article switches to the new
 * analysis in one transaction when its turn comes.
 *
 * <p>Traces: a job is a root span of its own ({@value #JOB_SPAN}, linked to the request that started it), holding its
 * page reads; each article it sends starts a trace of its own ({@value #ARTICLE_SPAN}, linked to the job), so that a
 * job over 100,000 articles makes 100,000 small traces rather than one that no tracing backend can show.
 */
@ApplicationScoped
public class ReanalysisService {

    private static final Logger LOG = Logger.getLogger(ReanalysisService.class);
    static final String CHANNEL = "reanalysis";
    static final String EVENT_TYPE = "article.reanalysis-requested";
    private static final int PAGE = 500;
    static final String JOB_SPAN = "reanalysis job";
    static final String ARTICLE_SPAN = "reanalysis article";

    private final AgroalDataSource dataSource;
    private final MutinyEmitter<byte[]> emitter;
    private final ExtractionEngine engine;
    private final ManagedExecutor executor;
    private final Tracer tracer;
    private final ReanalysisMetrics metrics;
    private final Map<String, ReanalysisJob> jobs = new ConcurrentHashMap<>();

    public ReanalysisService(AgroalDataSource dataSource, @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2 * PAGE)
                             MutinyEmitter<byte[]> emitter, ExtractionEngine engine, ManagedExecutor executor, Tracer tracer,
                             ReanalysisMetrics metrics) {
        this.dataSource = dataSource;
        this.emitter = emitter;
        this.engine = engine;
        this.executor = executor;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    public ReanalysisJob.Status start(LocalDate from, LocalDate to) {
        ReanalysisJob job = new ReanalysisJob(UUID.randomUUID().toString(), from, to, engine.version());
        jobs.put(job.id, job);
        job.total.set(count(from, to));
        Span span = tracer.spanBuilder(JOB_SPAN).setNoParent()
                .addLink(Span.current().getSpanContext())
                .setAttribute("newslens.reanalysis.id", job.id)
                .setAttribute("newslens.reanalysis.total", job.total.get())
                .startSpan();
        metrics.started(job);
        executor.runAsync(() -> {
            try (Scope ignored = span.makeCurrent()) {
                run(job, span);
            } finally {
                metrics.finished(job);
                span.end();
            }
        });
        return job.status(0);
    }

    public Optional<ReanalysisJob.Status> status(String id) {
        ReanalysisJob job = jobs.get(id);
        return job == null ? Optional.empty() : Optional.of(job.status(analysed(job)));
    }

    private void run(ReanalysisJob job, Span span) {
        try {
            String after = "";
            while (true) {
                List<ArticleMessage> page = page(job, after);
                if (page.isEmpty()) {
                    break;
                }
                List<CompletableFuture<Void>> acks = new ArrayList<>();
                for (ArticleMessage m : page) {
                    acks.add(send(m, span));
                }
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
                job.published.addAndGet(page.size());
                metrics.published(page.size());
                after = page.get(page.size() - 1).id();
            }
            job.state.set(ReanalysisJob.State.PUBLISHED);
            LOG.infof("re-analysis %s: %d articles sent for analyzer %s", job.id, job.published.get(), job.analyzerVersion);
        } catch (Exception e) {
            // the status answer names the kind of failure only; driver and SQL text stay in the log
            job.error.set(e.getClass().getSimpleName() + " after " + job.published.get() + " articles (details in the service log)");
            job.state.set(ReanalysisJob.State.FAILED);
            span.setStatus(StatusCode.ERROR, job.error.get());
            LOG.errorf(e, "re-analysis %s failed after %d articles", job.id, job.published.get());
        }
    }

    /**
     * Completes when Kafka acknowledged the record (the emitter's own acknowledgement), fails when it was refused. The
     * record starts a trace of its own, linked to the job's span, so that a job of 100,000 articles is not one trace.
     */
    private CompletableFuture<Void> send(ArticleMessage m, Span job) {
        Span article = tracer.spanBuilder(ARTICLE_SPAN).setNoParent()
                .addLink(job.getSpanContext())
                .setAttribute("newslens.article.id", m.id())
                .startSpan();
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_EVENT_TYPE, EVENT_TYPE.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        try {
            return emitter.sendMessage(Message.of(ArticleCodec.toJson(m))
                            .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(m.id()).withHeaders(headers).build())
                            .addMetadata(TracingMetadata.withPrevious(Context.root().with(article))))
                    .subscribeAsCompletionStage();
        } finally {
            article.end();
        }
    }

    private static String range(LocalDate from, LocalDate to) {
        return (from == null ? "" : " AND dated >= ?") + (to == null ? "" : " AND dated <= ?");
    }

    private static int bindRange(PreparedStatement ps, LocalDate from, LocalDate to, int i) throws SQLException {
        if (from != null) {
            ps.setDate(i++, Date.valueOf(from));
        }
        if (to != null) {
            ps.setDate(i++, Date.valueOf(to));
        }
        return i;
    }

    private long count(LocalDate from, LocalDate to) {
        return scalar("SELECT count(*) FROM article WHERE true" + range(from, to), from, to, null);
    }

    private long analysed(ReanalysisJob job) {
        return scalar("SELECT count(*) FROM article WHERE analyzer_version = ?" + range(job.from, job.to), job.from, job.to, job.analyzerVersion);
    }

    private long scalar(String sql, LocalDate from, LocalDate to, String firstParam) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (firstParam != null) {
                ps.setString(i++, firstParam);
            }
            bindRange(ps, from, to, i);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count articles: " + e.getMessage(), e);
        }
    }

    private List<ArticleMessage> page(ReanalysisJob job, String after) throws SQLException {
        String sql = "SELECT id, revision, url, source, title, byline, published, body, received_at FROM article WHERE id > ?"
                + range(job.from, job.to) + " ORDER BY id LIMIT " + PAGE;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, after);
            bindRange(ps, job.from, job.to, 2);
            List<ArticleMessage> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date published = rs.getDate(7);
                    out.add(new ArticleMessage(ArticleMessage.SCHEMA_VERSION, rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            published == null ? null : published.toLocalDate(), rs.getString(8),
                            rs.getTimestamp(9).toInstant()));
                }
            }
            return out;
        }
    }
}
