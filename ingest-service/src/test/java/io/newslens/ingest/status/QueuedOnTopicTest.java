package io.newslens.ingest.status;

import io.newslens.contract.ArticleCodec;
import io.newslens.contract.ArticleMessage;
import io.newslens.testsupport.KafkaBroker;
import io.newslens.testsupport.KafkaTestResource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What is queued on a real broker past a consumer group's committed offsets. */
class QueuedOnTopicTest {

    private static KafkaBroker broker;
    private static Map<String, Object> kafka;

    @BeforeAll
    static void start() {
        String given = KafkaTestResource.givenBootstrapServers().orElse(null);
        if (given == null) {
            broker = KafkaBroker.start();
            given = broker.bootstrapServers();
        }
        // what Quarkus hands over as default-kafka-broker: client settings plus a group id of its own and other keys
        kafka = Map.of("bootstrap.servers", given, "group.id", "ingest-service", "kafka.ui", "ignored");
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.close();
        }
    }

    private static String topic(int partitions) throws Exception {
        String topic = "queued-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.get("bootstrap.servers")))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
        return topic;
    }

    private static ArticleMessage article(int n, String revision) {
        return new ArticleMessage(1, "u" + n, revision, "https://example.com/" + n, null, null, null, null, "Body " + n,
                Instant.parse("2024-05-17T09:30:0" + n + "Z"));
    }

    private static void send(String topic, int partition, ArticleMessage... articles) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            for (ArticleMessage a : articles) {
                producer.send(new ProducerRecord<>(topic, partition, a.id(), ArticleCodec.toJson(a))).get();
            }
        }
    }

    private static void sendRaw(String topic, int partition, String value) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.get("bootstrap.servers"),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, partition, "bad", value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    private static void commit(String group, String topic, int partition, long offset) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.get("bootstrap.servers")))) {
            admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, partition), new OffsetAndMetadata(offset))).all().get();
        }
    }

    private static List<QueuedOnTopic.Queued> read(String topic, String group, int max) throws Exception {
        return QueuedOnTopic.read(kafka, topic, group, max, Duration.ofSeconds(20));
    }

    private static QueuedOnTopic.Queued queued(int n, String revision) {
        ArticleMessage a = article(n, revision);
        return new QueuedOnTopic.Queued(a.id(), a.revision(), a.receivedAt());
    }

    @Test
    void onlyWhatTheGroupHasNotCommittedIsQueued() throws Exception {
        String topic = topic(2);
        send(topic, 0, article(1, "r1"), article(2, "r2"), article(3, "r3"));
        send(topic, 1, article(4, "r4"), article(5, "r5"));
        commit("analysis", topic, 0, 2); // partition 0: the first two analysed; partition 1: nothing committed yet
        List<QueuedOnTopic.Queued> found = read(topic, "analysis", 1000);
        assertEquals(3, found.size(), found::toString);
        assertEquals(List.of(queued(3, "r3")), found.stream().filter(q -> q.id().equals("u3")).toList());
        assertEquals(List.of(queued(4, "r4"), queued(5, "r5")), found.stream().filter(q -> !q.id().equals("u3")).toList());
    }

    @Test
    void aGroupThatCommittedEverythingLeavesNothingQueued() throws Exception {
        String topic = topic(1);
        send(topic, 0, article(1, "r1"), article(2, "r2"));
        commit("analysis", topic, 0, 2);
        assertEquals(List.of(), read(topic, "analysis", 1000));
        assertEquals(List.of(queued(1, "r1"), queued(2, "r2")), read(topic, "another-group", 1000));
    }

    @Test
    void atMostTheNewestPerPartitionAndRevisionsInOrder() throws Exception {
        String topic = topic(1);
        send(topic, 0, article(1, "r1"), article(2, "r2"), article(1, "r1b"));
        assertEquals(List.of(queued(2, "r2"), queued(1, "r1b")), read(topic, "analysis", 2));
        String two = topic(2);
        send(two, 0, article(1, "r1"), article(3, "r3"));
        send(two, 1, article(2, "r2"), article(4, "r4"));
        assertEquals(List.of(queued(3, "r3"), queued(4, "r4")),
                read(two, "analysis", 2).stream().sorted(java.util.Comparator.comparing(QueuedOnTopic.Queued::id)).toList());
        assertEquals(List.of(queued(1, "r1"), queued(2, "r2"), queued(1, "r1b")), read(topic, "analysis", 1000));
    }

    @Test
    void messagesThatBreakTheContractAreNotQueued() throws Exception {
        String topic = topic(1);
        sendRaw(topic, 0, "{\"schemaVersion\":1}");
        sendRaw(topic, 0, "not json");
        send(topic, 0, article(7, "r7"));
        assertEquals(List.of(queued(7, "r7")), read(topic, "analysis", 1000));
    }

    @Test
    void aMissingTopicIsEmptyAndNotCreated() throws Exception {
        String topic = "missing-" + UUID.randomUUID();
        assertEquals(List.of(), read(topic, "analysis", 1000));
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.get("bootstrap.servers")))) {
            assertFalse(admin.listTopics().names().get().contains(topic));
        }
    }
}
