package io.newslens.ingest.publish;

import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.Topics;
import io.newslens.ingest.config.IngestConfig;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Writes articles to the {@value Topics#ARTICLES} topic (key = article id) and completes only once Kafka has
 * acknowledged the write ({@code acks=all}, idempotent producer), or fails with {@link PublishUnavailableException}
 * within {@code newslens.ingest.publish-timeout}.
 */
@ApplicationScoped
public class ArticlePublisher {

    /** The outgoing channel, mapped to the topic in application.properties; tests use the same name. */
    public static final String CHANNEL = "articles-out";

    /** Messages that may wait for the producer; at 2,000 articles/s a few seconds of broker trouble fit. */
    static final int BUFFER = 8_192;

    private final MutinyEmitter<byte[]> emitter;
    private final Duration timeout;

    public ArticlePublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER) MutinyEmitter<byte[]> emitter,
                            IngestConfig config) {
        this.emitter = emitter;
        this.timeout = config.publishTimeout();
    }

    /** Publishes the article as part of the trace in {@code trace} (the request's context, taken on its thread). */
    public Uni<Void> publish(ArticleMessage article, Context trace) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.HEADER_EVENT_TYPE, Topics.EVENT_ARTICLE_SUBMITTED.getBytes(StandardCharsets.UTF_8));
        headers.add(Topics.HEADER_EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> kafka = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(article.id())
                .withHeaders(headers)
                .build();
        Message<byte[]> message = Message.of(ArticleCodec.toJson(article), Metadata.of(kafka, TracingMetadata.withPrevious(trace)));
        // the emitter's own acknowledgement: sent on subscription, completes when Kafka acknowledged the record, fails
        // when the connector nacks it (or the buffer is full, or the channel is down)
        return emitter.sendMessage(message)
                .ifNoItem().after(timeout).failWith(() -> new PublishUnavailableException(
                        "Kafka did not acknowledge the article within " + timeout.toMillis() + " ms", new TimeoutException()))
                .onFailure(f -> !(f instanceof PublishUnavailableException))
                .transform(f -> new PublishUnavailableException("Kafka did not accept the article: " + rootMessage(f), f));
    }

    private static String rootMessage(Throwable f) {
        Throwable t = f;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
