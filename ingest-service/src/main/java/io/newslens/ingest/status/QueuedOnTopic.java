package io.newslens.ingest.status;

import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.contract.InvalidMessageException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The articles on the topic that the analysis consumer group has not taken yet: for each partition, the records from
 * the group's committed offset (or the start of the log when it has none) to the end of the log as it is now, at most
 * {@code max} of the newest (shared evenly between the partitions). Kafka is the durable record of what was queued, so an ingest-service that
 * restarts can still say {@code queued} for them. Plain Kafka clients; records that break the contract are left out
 * (analysis-service dead-letters them).
 */
public final class QueuedOnTopic {

    /** An article queued on the topic: id, revision and when ingestion accepted it. */
    public record Queued(String id, String revision, Instant acceptedAt) {
    }

    private QueuedOnTopic() {
    }

    /**
     * @param kafka client settings ({@code bootstrap.servers} and any security settings); others are ignored
     * @throws TimeoutException when Kafka does not answer within {@code timeout}
     */
    public static List<Queued> read(Map<String, Object> kafka, String topic, String groupId, int max, Duration timeout)
            throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets(kafka, groupId, timeout);
        Map<String, Object> props = only(kafka, ConsumerConfig.configNames());
        props.remove(ConsumerConfig.GROUP_ID_CONFIG); // assigned partitions, nothing committed: no group of our own
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, remaining(deadline)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, remaining(deadline));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, remaining(deadline));
            long maxPerPartition = Math.max(1, (max + partitions.size() - 1) / partitions.size());
            consumer.assign(partitions);
            List<TopicPartition> open = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata done = committed.get(tp);
                long from = Math.max(Math.max(begin.get(tp), done == null ? 0 : done.offset()), end.get(tp) - maxPerPartition);
                consumer.seek(tp, from);
                if (from < end.get(tp)) {
                    open.add(tp);
                }
            }
            List<Queued> queued = new ArrayList<>();
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("reading " + topic + " took longer than " + timeout.toMillis() + " ms");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        decode(r).ifPresent(queued::add);
                    }
                }
                open.removeIf(tp -> consumer.position(tp, remaining(deadline)) >= end.get(tp));
            }
            return queued;
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new TimeoutException("Kafka did not answer: " + e.getMessage());
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(Map<String, Object> kafka, String groupId, Duration timeout)
            throws TimeoutException, InterruptedException {
        Map<String, Object> props = only(kafka, AdminClientConfig.configNames());
        int ms = (int) Math.max(1_000, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
        try (Admin admin = Admin.create(props)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetAndMetadata> known = new HashMap<>();
            offsets.forEach((tp, o) -> {
                if (o != null) {
                    known.put(tp, o);
                }
            });
            return known;
        } catch (ExecutionException e) {
            throw new TimeoutException("Kafka did not list the offsets of group " + groupId + ": " + e.getCause());
        }
    }

    private static Optional<Queued> decode(ConsumerRecord<String, byte[]> r) {
        try {
            ArticleMessage m = ArticleCodec.fromJson(r.value());
            return Optional.of(new Queued(m.id(), m.revision(), m.receivedAt()));
        } catch (InvalidMessageException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Object> only(Map<String, Object> settings, Set<String> names) {
        Map<String, Object> kept = new HashMap<>();
        settings.forEach((k, v) -> {
            if (names.contains(k) && v != null) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }
}
