package io.newslens.analysis.consume;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs the articles channel's partition assignments and revocations, and counts revocations: a consumer that left its
 * group (a crash, or a poll loop that stalled past {@code max.poll.interval.ms}) shows here.
 */
@ApplicationScoped
@Identifier("articles-rebalance")
public class RebalanceLog implements KafkaConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(RebalanceLog.class);

    private final AtomicLong revocations = new AtomicLong();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        LOG.infof("partitions assigned: %s", partitions);
    }

    @Override
    public void onPartitionsRevoked(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            revocations.incrementAndGet();
            LOG.infof("partitions revoked: %s", partitions);
        }
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            revocations.incrementAndGet();
            LOG.warnf("partitions lost: %s", partitions);
        }
    }

    /** Revocations and losses since start. */
    public long revocations() {
        return revocations.get();
    }
}
