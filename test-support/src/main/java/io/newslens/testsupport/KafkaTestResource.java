package io.newslens.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.Optional;

/**
 * Starts an in-process Kafka broker for a {@code @QuarkusTest} and points the application at it.
 * {@value #GIVEN} (environment or system property) names a broker of your own instead: then nothing is started.
 * The service's own {@code KAFKA_BOOTSTRAP_SERVERS} is never read here, so a shell that exports it for the
 * running services does not send the tests to them.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String GIVEN = "NEWSLENS_TEST_KAFKA_BOOTSTRAP_SERVERS";

    private KafkaBroker broker;

    /** The broker named by {@value #GIVEN}, if any. */
    public static Optional<String> givenBootstrapServers() {
        return Optional.ofNullable(Env.get(GIVEN));
    }

    @Override
    public Map<String, String> start() {
        Optional<String> given = givenBootstrapServers();
        if (given.isPresent()) {
            return Map.of("kafka.bootstrap.servers", given.get());
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
