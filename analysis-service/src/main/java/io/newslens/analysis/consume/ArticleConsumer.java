package io.newslens.analysis.consume;

import io.newslens.analysis.store.AnalysisStore;
import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.InvalidMessageException;
import io.newslens.contract.Topics;
import io.newslens.extract.ArticleAnalysis;
import io.newslens.extract.ExtractionEngine;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

/**
 * Consumes the articles topic: validates each message, analyses it and stores the analysis.
 *
 * <p>Failure handling is chosen per kind: a message that breaks the contract, or whose analysis fails,
 * can never succeed and is nacked, which sends it to {@value Topics#ARTICLES_DLQ} with the reason in its
 * headers. A storage failure that may pass is retried with backoff while the partition waits, so good
 * messages are not dead-lettered because the database was briefly away. The offset is committed only
 * after this method returns, i.e. after the storing transaction committed (the throttled commit strategy
 * commits an offset only when every message before it is done).
 *
 * <p>Messages are analysed on a pool of {@code smallrye.messaging.worker.analysis.max-concurrency} threads
 * (one per core by default). Two revisions of one article may then finish out of order; the store keeps
 * the one received last, so the outcome does not depend on the order.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final ExtractionEngine engine;
    private final AnalysisStore store;
    private final StoreRetryConfig retry;

    public ArticleConsumer(ExtractionEngine engine, AnalysisStore store, StoreRetryConfig retry) {
        this.engine = engine;
        this.store = store;
        this.retry = retry;
    }

    @Incoming(Topics.ARTICLES)
    @Blocking(value = "analysis", ordered = false)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, byte[]> meta = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("not a Kafka message"));
        ConsumerRecord<String, byte[]> record = meta.getRecord();
        try {
            process(record);
            return message.ack();
        } catch (Exception e) {
            // nacked: the failure strategy sends it to the dead-letter topic with the reason in its headers
            return message.nack(e);
        }
    }

    void process(ConsumerRecord<String, byte[]> record) throws Exception {
        ArticleMessage article;
        try {
            article = ArticleCodec.fromJson(record.value());
        } catch (InvalidMessageException e) {
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            if (record.key() != null && !record.key().isBlank() && record.key().length() <= 64) {
                withRetry(() -> store.recordFailure(record.key(), "unknown", "invalid message: " + e.getMessage()), record);
            }
            throw e;
        }
        if (store.isProcessed(article.id(), article.revision(), engine.version())) {
            LOG.debugf("article %s revision %s already analysed by %s", article.id(), article.revision(), engine.version());
            return;
        }
        ArticleAnalysis analysis;
        try {
            analysis = engine.analyze(article.title(), article.byline(), article.body());
        } catch (RuntimeException e) {
            LOG.errorf(e, "analysis of article %s failed; dead-lettering it", article.id());
            withRetry(() -> store.recordFailure(article.id(), article.revision(), "analysis failed: " + Failures.describe(e)), record);
            throw e;
        }
        withRetry(() -> {
            if (store.store(article, analysis)) {
                LOG.debugf("stored article %s: %d entities, %d quotes", article.id(), analysis.entities().size(), analysis.quotes().size());
            }
        }, record);
    }

    interface Step {
        void run() throws Exception;
    }

    private void withRetry(Step step, ConsumerRecord<String, byte[]> record) throws Exception {
        long deadline = System.nanoTime() + retry.giveUpAfter().toNanos();
        Duration backoff = retry.initialBackoff();
        while (true) {
            try {
                step.run();
                return;
            } catch (Exception e) {
                if (Failures.isPermanent(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.warnf("storing %s-%d@%d failed (%s); retrying in %d ms", record.topic(), record.partition(),
                        record.offset(), Failures.describe(e), backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }
}
