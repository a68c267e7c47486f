package io.newslens.analysis.deadletter;

import io.newslens.contract.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the dead-letter topic and puts selected records back onto the articles topic.
 *
 * <p>Reading assigns every partition and reads from the beginning to the end offsets taken when the read starts, with
 * a consumer of no group: nothing is committed, any number of reads may run at once, and records dead-lettered during
 * a read wait for the next one. A replayed record keeps its key, value and own headers (the dead-letter headers the
 * failure strategy added are dropped) and gains {@value #REPLAYED_FROM} ({@code articles-dlq/partition@offset}) and
 * {@value #REPLAYED_AT}. Replaying is safe to repeat: analysis-service's dedupe log skips an article already stored,
 * and a message that still cannot be analysed goes back to the dead-letter topic with its new reason.
 *
 * <p>Plain Kafka clients rather than a SmallRye channel: a channel reads a topic continuously under a group, while an
 * operator's listing must read the topic whole, on demand, and commit nothing.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REPLAYED_FROM = "newslens-replayed-from";
    public static final String REPLAYED_AT = "newslens-replayed-at";
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    private static final Duration READ_LIMIT = Duration.ofSeconds(60);

    private final String bootstrap;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Every record in the topic now, oldest first within each partition. */
    public List<DeadLetter> list() {
        List<DeadLetter> all = new ArrayList<>();
        read(r -> all.add(describe(r)));
        return all;
    }

    /** The record at {@code partition@offset} with its value, if it is (still) in the topic. */
    public Optional<Shown> show(int partition, long offset) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition tp = new TopicPartition(Topics.ARTICLES_DLQ, partition);
            if (partitions(consumer).stream().noneMatch(tp::equals)) {
                return Optional.empty();
            }
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            long start = consumer.beginningOffsets(List.of(tp)).get(tp);
            if (offset < start || offset >= end) {
                return Optional.empty();
            }
            consumer.seek(tp, offset);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() == offset) {
                        return Optional.of(new Shown(describe(r), headers(r), text(r.value())));
                    }
                    if (r.offset() > offset) { // compacted or aborted: not there
                        return Optional.empty();
                    }
                }
            }
            throw new TimeoutException("could not read " + Topics.ARTICLES_DLQ + " " + partition + "@" + offset
                    + " within " + READ_LIMIT.toSeconds() + " s");
        }
    }

    /** One record whole: its listing, every header (as text), and its value as text when it is UTF-8. */
    public record Shown(DeadLetter record, Map<String, String> headers, String value) {
    }

    /** What a replay did. */
    public record Replay(int scanned, int matched, int replayed, boolean dryRun, List<String> refs) {
    }

    /** Puts every record {@code selected} back onto the articles topic (or only counts them, on a dry run). */
    public Replay replay(Predicate<DeadLetter> selected, boolean dryRun) throws Exception {
        List<ConsumerRecord<String, byte[]>> chosen = new ArrayList<>();
        int[] scanned = {0};
        read(r -> {
            scanned[0]++;
            if (selected.test(describe(r))) {
                chosen.add(r);
            }
        });
        List<String> refs = chosen.stream().map(r -> r.partition() + "@" + r.offset()).toList();
        if (dryRun || chosen.isEmpty()) {
            return new Replay(scanned[0], chosen.size(), 0, dryRun, refs);
        }
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // a dead letter can be as large as the articles topic takes (oversized messages are dead-lettered too)
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(16 * 1024 * 1024));
        String now = Instant.now().toString();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (ConsumerRecord<String, byte[]> r : chosen) {
                RecordHeaders headers = new RecordHeaders();
                for (Header h : r.headers()) {
                    if (!h.key().startsWith("dead-letter-") && !h.key().startsWith("newslens-replayed-")) {
                        headers.add(h);
                    }
                }
                headers.add(REPLAYED_FROM, (Topics.ARTICLES_DLQ + "/" + r.partition() + "@" + r.offset()).getBytes(StandardCharsets.UTF_8));
                headers.add(REPLAYED_AT, now.getBytes(StandardCharsets.UTF_8));
                sent.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, null, r.key(), r.value(), headers)));
            }
            producer.flush();
            for (Future<RecordMetadata> f : sent) {
                try {
                    f.get(); // acknowledged by the broker, or the replay fails here and says so
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof KafkaException k ? k : new KafkaException(e.getCause());
                }
            }
        }
        return new Replay(scanned[0], chosen.size(), sent.size(), false, refs);
    }

    private void read(Consumer<ConsumerRecord<String, byte[]>> each) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("could not read " + Topics.ARTICLES_DLQ + " to its end within "
                            + READ_LIMIT.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        each.accept(r);
                    }
                }
            }
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).get(Topics.ARTICLES_DLQ);
        return infos == null ? List.of()
                : infos.stream().map(i -> new TopicPartition(i.topic(), i.partition())).toList();
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(16 * 1024 * 1024));
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024));
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> r) {
        return new DeadLetter(r.partition(), r.offset(), Instant.ofEpochMilli(r.timestamp()), r.key(),
                header(r, REASON), header(r, CAUSE), r.value() == null ? 0 : r.value().length, header(r, REPLAYED_FROM));
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> r) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Header h : r.headers()) {
            out.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
        }
        return out;
    }

    /** The value as text when it is valid UTF-8, else null (the listing gives its size). */
    private static String text(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(value)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }
}
