package io.newslens.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Starts an in-process Kafka broker for a {@code @QuarkusTest} and points the application at it.
 * An explicit {@code KAFKA_BOOTSTRAP_SERVERS} in the environment wins: then nothing is started.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        if (Env.get("KAFKA_BOOTSTRAP_SERVERS") != null) {
            return Map.of();
        }
        broker = KafkaBroker.start();
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
