package io.newslens.analysis.consume;

import io.newslens.analysis.store.AnalysisStore;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.InvalidMessageException;
import io.newslens.contract.Topics;
import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.ExtractionEngine;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the articles topic: validates each message, analyses it and stores the analysis.
 *
 * <p>Failure handling is chosen per kind (see {@link Failures}): a message that breaks the contract, or whose analysis
 * fails, or whose data the database refuses, can never succeed and is nacked, which sends it to
 * {@value Topics#ARTICLES_DLQ} with the reason in its headers. Every database step (the dedupe check, the store, the
 * failure record) runs under {@link DatabaseRetry}: a transient failure is retried for as long as it lasts while the
 * record waits, so a good article is never dead-lettered because the database was away. The offset is committed only
 * after this method's stage completes, i.e. after the storing transaction committed (the throttled commit strategy
 * commits an offset only when every message before it is done).
 *
 * <p>Messages are analysed on a pool of {@code smallrye.messaging.worker.analysis.max-concurrency} threads (one per
 * core by default). Two revisions of one article may then finish out of order, or two copies of one revision meet;
 * the store serialises the writers of one article and keeps the revision received last.
 *
 * <p>Each record is handled in an {@value #SPAN} span continuing the trace its {@code traceparent} header carries (the
 * connector's consumer span is its parent): the database steps, and so their JDBC spans, run inside it.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    static final String SPAN = "analyse article";

    private final ExtractionEngine engine;
    private final AnalysisStore store;
    private final DatabaseRetry database;
    private final Tracer tracer;
    private final AnalysisMetrics metrics;

    public ArticleConsumer(ExtractionEngine engine, AnalysisStore store, DatabaseRetry database, Tracer tracer,
                           AnalysisMetrics metrics) {
        this.engine = engine;
        this.store = store;
        this.database = database;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    @Incoming(Topics.ARTICLES)
    @Blocking(value = "analysis", ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, byte[]> meta = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka message"));
        ConsumerRecord<String, byte[]> record = meta.getRecord();
        // the connector's consumer span, child of the producer's; the worker thread does not have it current
        Context received = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext).orElse(null);
        Span span = tracer.spanBuilder(SPAN).setParent(received != null ? received : Context.current())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute("messaging.kafka.message.key", String.valueOf(record.key()))
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return consume(message, record, span);
        } finally {
            span.end();
        }
    }

    private CompletionStage<Void> consume(Message<byte[]> message, ConsumerRecord<String, byte[]> record, Span span) {
        metrics.taken();
        Step step = new Step();
        try {
            process(record, step);
            return message.ack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return leaveForRedelivery(record, e);
        } catch (Exception e) {
            if (database.stopping() && Failures.isTransient(e)) {
                // only at shutdown does a transient failure get out of DatabaseRetry
                return leaveForRedelivery(record, e);
            }
            // nacked: the failure strategy sends it to the dead-letter topic with the reason in its headers
            span.setStatus(StatusCode.ERROR, "dead-lettered: " + Failures.describe(e));
            metrics.deadLettered(step.reason);
            return message.nack(e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Error e) {
            // An Error thrown out of this method would end the channel for good (no record taken again until a
            // restart); nacked, the record is dead-lettered with the reason and can be replayed once understood.
            LOG.errorf(e, "unexpected error on %s; dead-lettering it", where(record));
            span.setStatus(StatusCode.ERROR, "dead-lettered: " + e);
            metrics.deadLettered(AnalysisMetrics.DeadLetterReason.UNEXPECTED_ERROR);
            return message.nack(e);
        } finally {
            metrics.done();
        }
    }

    /**
     * Neither acked nor nacked: its offset is never committed, so the next consumer of the partition reads it again
     * (and the dedupe log skips it if it was stored after all).
     */
    private static CompletionStage<Void> leaveForRedelivery(ConsumerRecord<String, byte[]> record, Exception e) {
        LOG.infof("stopping: %s left unacknowledged for redelivery (%s)", where(record), Failures.describe(e));
        return new CompletableFuture<>();
    }

    /** How far a record got: the reason it is dead-lettered for if it fails there. */
    private static final class Step {
        AnalysisMetrics.DeadLetterReason reason = AnalysisMetrics.DeadLetterReason.INVALID_MESSAGE;
    }

    void process(ConsumerRecord<String, byte[]> record, Step step) throws Exception {
        long start = System.nanoTime();
        String where = where(record);
        ArticleMessage article;
        try {
            article = ArticleCodec.fromJson(record.value());
        } catch (InvalidMessageException e) {
            LOG.warnf("dead-lettering %s: %s", where, e.getMessage());
            if (record.key() != null && !record.key().isBlank() && record.key().length() <= 64) {
                database.run("failure record", where,
                        () -> store.recordFailure(record.key(), "unknown", "invalid message: " + e.getMessage()));
            }
            throw e;
        }
        step.reason = AnalysisMetrics.DeadLetterReason.STORING_FAILED;
        if (database.call("dedupe check", where,
                () -> store.isProcessed(article.id(), article.revision(), engine.version()))) {
            LOG.debugf("article %s revision %s already analysed by %s", article.id(), article.revision(), engine.version());
            metrics.duplicate();
            return;
        }
        ArticleAnalysis analysis;
        step.reason = AnalysisMetrics.DeadLetterReason.ANALYSIS_FAILED;
        try {
            long analysing = System.nanoTime();
            analysis = engine.analyze(article.title(), article.byline(), article.body());
            metrics.analysed(System.nanoTime() - analysing);
        } catch (RuntimeException e) {
            LOG.errorf(e, "analysis of article %s failed; dead-lettering it", article.id());
            database.run("failure record", where,
                    () -> store.recordFailure(article.id(), article.revision(), "analysis failed: " + Failures.describe(e)));
            throw e;
        }
        step.reason = AnalysisMetrics.DeadLetterReason.STORING_FAILED;
        try {
            if (database.call("store", where, () -> store.store(article, analysis))) {
                metrics.stored(System.nanoTime() - start, analysis.entities().size(), analysis.quotes().size());
                LOG.debugf("stored article %s: %d entities, %d quotes", article.id(), analysis.entities().size(),
                        analysis.quotes().size());
            } else {
                metrics.duplicate();
            }
        } catch (Exception e) {
            if (!Failures.isTransient(e)) {
                LOG.errorf("storing article %s failed for good (%s); dead-lettering it", article.id(), Failures.describe(e));
                database.run("failure record", where,
                        () -> store.recordFailure(article.id(), article.revision(), "storing failed: " + Failures.describe(e)));
            }
            throw e;
        }
    }

    /** Records handed to the workers and not finished yet. */
    public int inFlight() {
        return metrics.inFlight();
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
