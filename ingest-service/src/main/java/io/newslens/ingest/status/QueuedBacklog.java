package io.newslens.ingest.status;

import io.newslens.contract.Topics;
import io.newslens.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * After a start, reads what was queued on the topic before (by an earlier run of this service, another instance or an
 * outside producer) and not yet taken by analysis-service ({@link QueuedOnTopic}), so that status says {@code queued}
 * for it and sending it again is a {@code duplicate}. Runs in the background, retrying while Kafka does not answer,
 * for at most {@code newslens.ingest.queued-read-timeout}; until it is done an unknown id's status is not known yet
 * (a status request waits a moment for it, then answers 503).
 */
@ApplicationScoped
public class QueuedBacklog {

    private static final Logger LOG = Logger.getLogger(QueuedBacklog.class);

    private final Map<String, Object> kafka;
    private final RecentArticles recent;
    private final String groupId;
    private final int capacity;
    private final Duration timeout;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean reading;
    private volatile Thread thread;

    public QueuedBacklog(@Identifier("default-kafka-broker") Map<String, Object> kafka, RecentArticles recent, IngestConfig config) {
        this.kafka = kafka;
        this.recent = recent;
        this.groupId = config.analysisGroupId();
        this.capacity = config.recentArticles();
        this.timeout = config.queuedReadTimeout();
    }

    void onStart(@Observes StartupEvent event) {
        reading = true;
        Thread t = new Thread(this::readUntilDone, "queued-backlog");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    /** True while what was queued before this start is still being read: an unknown id may yet be queued. */
    public boolean reading() {
        return reading;
    }

    /** Waits at most {@code wait} for the read to end; true when it has. */
    public boolean awaitRead(Duration wait) throws InterruptedException {
        return !reading || done.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void readUntilDone() {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.isNegative() || left.isZero()) {
                    LOG.warnf("could not read the articles queued on %s within %s: their status reads as unknown until they are analysed",
                            Topics.ARTICLES, timeout);
                    return;
                }
                try {
                    remember(QueuedOnTopic.read(kafka, Topics.ARTICLES, groupId, capacity, left));
                    return;
                } catch (TimeoutException | RuntimeException e) {
                    LOG.debugf("reading the queued articles failed, retrying: %s", e.getMessage());
                    Thread.sleep(1_000);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            reading = false;
            done.countDown();
        }
    }

    private void remember(List<QueuedOnTopic.Queued> queued) {
        Map<String, QueuedOnTopic.Queued> latest = new LinkedHashMap<>();
        for (QueuedOnTopic.Queued q : queued) { // in offset order: a later revision of an id replaces an earlier one
            latest.remove(q.id());
            latest.put(q.id(), q);
        }
        int added = 0;
        for (QueuedOnTopic.Queued q : latest.values()) { // what this run accepted since it started is newer
            if (recent.rememberIfAbsent(q.id(), q.revision(), q.acceptedAt())) {
                added++;
            }
        }
        LOG.infof("%d articles queued on %s and not yet taken by consumer group %s (%d remembered)", queued.size(), Topics.ARTICLES,
                groupId, added);
    }

    /** Reads again now, as after a start (for tests: what an earlier run queued becomes known without a restart). */
    public void readNow() throws TimeoutException, InterruptedException {
        remember(QueuedOnTopic.read(kafka, Topics.ARTICLES, groupId, capacity, timeout));
    }

    @PreDestroy
    void stop() {
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
