import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Future;

/**
 * Kafka side of deploy/bench/faults, run as a single-file program on the broker's own client libraries
 * (java -cp "$STATE/kafka/libs/*" TopicProbe.java ...). Python's standard library has no Kafka client,
 * and Kafka's console producer turns bytes into text, so binary poison needs a real producer.
 *
 *   poison BOOTSTRAP TOPIC TAG COUNT   writes COUNT messages that can never be analysed, keyed TAG-poison-N,
 *                                      and prints "KEY<TAB>KIND<TAB>BYTES" for each one acknowledged
 *   dump BOOTSTRAP TOPIC               reads TOPIC from its start to its current end and prints
 *                                      "KEY<TAB>BYTES<TAB>DEAD-LETTER-REASON" for every record
 */
public class TopicProbe {

    static final int BIG = 5 * 1024 * 1024;

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "poison" -> poison(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "dump" -> dump(args[1], args[2]);
            default -> throw new IllegalArgumentException("poison|dump");
        }
    }

    static void poison(String bootstrap, String topic, String tag, int count) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(8 * 1024 * 1024));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(256L * 1024 * 1024));
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        Random random = new Random(tag.hashCode());
        List<String[]> sent = new ArrayList<>();
        List<Future<?>> acks = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
            for (int i = 0; i < count; i++) {
                String key = tag + "-poison-" + i;
                String kind;
                byte[] value;
                switch (i % 10) {
                    case 0, 1, 2 -> { kind = "invalid-json"; value = invalidJson(i, random); }
                    case 3, 4, 5 -> { kind = "wrong-schema"; value = wrongSchema(i, key); }
                    case 6 -> { kind = "5mb-body"; value = bigBody(key, random); }
                    case 7, 8 -> { kind = "binary"; value = binary(i, random); }
                    default -> { kind = i % 20 == 9 ? "empty" : "not-utf8-json"; value = i % 20 == 9 ? new byte[0]
                            : ("{\"schemaVersion\":1,\"body\":\"caf\u00e9 " + key + "\"}").getBytes(StandardCharsets.ISO_8859_1); }
                }
                ProducerRecord<byte[], byte[]> r = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
                r.headers().add("faults-probe", kind.getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(r));
                sent.add(new String[] {key, kind, Integer.toString(value.length)});
            }
            producer.flush();
            for (int i = 0; i < acks.size(); i++) {
                acks.get(i).get();
                System.out.println(String.join("\t", sent.get(i)));
            }
        }
    }

    static byte[] invalidJson(int i, Random random) {
        String[] forms = {
            "{\"schemaVersion\":1,\"body\":\"unterminated " + i,
            "{\"schemaVersion\":1,\"body\":\"trailing comma " + i + "\",}",
            "not json at all, article " + i,
            "{'schemaVersion':1,'body':'single quotes " + i + "'}",
            "[" + i + ", \"an array, not an object\"]",
            "{\"schemaVersion\":1,\"body\":\"x\"} garbage after " + i,
            "<html><body>article " + i + "</body></html>",
            "{\"schemaVersion\":1,\"body\":\"" + "[".repeat(1 + random.nextInt(3)) + i,
            "null",
            "\"just a string " + i + "\"",
        };
        return forms[(i / 10 + i) % forms.length].getBytes(StandardCharsets.UTF_8);
    }

    static byte[] wrongSchema(int i, String key) {
        String[] forms = {
            "{\"schemaVersion\":1,\"title\":\"no body " + key + "\"}",
            "{\"schemaVersion\":2,\"body\":\"a future version " + key + "\"}",
            "{\"schemaVersion\":1,\"body\":12345,\"title\":\"" + key + "\"}",
            "{\"schemaVersion\":\"1\",\"body\":\"version as text " + key + "\"}",
            "{\"schemaVersion\":1,\"body\":\"   \",\"title\":\"" + key + "\"}",
            "{\"schemaVersion\":1,\"body\":\"bad id " + key + "\",\"id\":\"../../etc/passwd\"}",
            "{\"schemaVersion\":1,\"body\":\"bad date " + key + "\",\"published\":\"31/02/2024\"}",
            "{\"schemaVersion\":1,\"body\":\"bad url " + key + "\",\"url\":\"javascript:alert(1)\"}",
            "{\"schemaVersion\":1,\"body\":\"unknown field " + key + "\",\"drop\":\"table article\"}",
            "{\"body\":\"no version " + key + "\"}",
        };
        return forms[(i / 10 + i) % forms.length].getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bigBody(String key, Random random) {
        String[] words = {"minister", "said", "the", "council", "would", "review", "budget", "on", "Tuesday", "after",
            "talks", "in", "Brussels", "with", "union", "leaders", "and", "officials", "from", "Paris"};
        StringBuilder body = new StringBuilder(BIG + 200);
        body.append(key).append(' ');
        while (body.length() < BIG) {
            body.append(words[random.nextInt(words.length)]).append(random.nextInt(10) == 0 ? ". " : " ");
        }
        return ("{\"schemaVersion\":1,\"title\":\"" + key + "\",\"body\":\"" + body + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] binary(int i, Random random) {
        byte[] b = new byte[64 + random.nextInt(4096)];
        random.nextBytes(b);
        b[0] = (byte) 0xff; // never valid UTF-8
        b[1] = 0;
        return b;
    }

    static void dump(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        p.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, Integer.toString(64 * 1024 * 1024));
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(20));
            if (infos == null || infos.isEmpty()) {
                return; // no such topic yet: nothing was dead-lettered
            }
            List<TopicPartition> parts = infos.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within 120 s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    Header reason = r.headers().lastHeader("dead-letter-reason");
                    String why = reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8)
                            .replaceAll("[\\t\\r\\n]+", " ");
                    System.out.println((r.key() == null ? "" : new String(r.key(), StandardCharsets.UTF_8)) + "\t"
                            + (r.value() == null ? -1 : r.value().length) + "\t" + (why.length() > 300 ? why.substring(0, 300) : why));
                }
            }
        }
    }
}
