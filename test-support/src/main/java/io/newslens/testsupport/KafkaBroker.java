package io.newslens.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real Apache Kafka broker (KRaft, one combined broker+controller node) running in this JVM,
 * from Kafka's own test kit. Starts in about two seconds; all data is deleted on {@link #close()}.
 */
public final class KafkaBroker implements AutoCloseable {

    /** Held so that the levels set on them stay set (JUL keeps loggers weakly). */
    private static final List<Logger> QUIET = new ArrayList<>();

    private final KafkaClusterTestKit cluster;

    private KafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static KafkaBroker start() {
        quietBrokerLogs();
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "2")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new KafkaBroker(cluster);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the in-process Kafka broker: " + e.getMessage(), e);
        }
    }

    /** The broker logs every state change at INFO; tests want to hear only about trouble. */
    private static synchronized void quietBrokerLogs() {
        if (QUIET.isEmpty()) {
            for (String name : List.of("kafka", "org.apache.kafka", "state.change.logger")) {
                Logger logger = Logger.getLogger(name);
                logger.setLevel(Level.WARNING);
                QUIET.add(logger);
            }
        }
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the in-process Kafka broker", e);
        }
    }
}
