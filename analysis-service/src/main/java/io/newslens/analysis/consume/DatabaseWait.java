package io.newslens.analysis.consume;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumer threads are waiting for the database right now, since when and why. Readiness reports DOWN while any
 * is ({@link ConsumerReadiness}); a thread's entry goes when its database step succeeds or it gives the record up.
 */
@ApplicationScoped
public class DatabaseWait {

    /** One thread's wait: since its first failed try, with the latest failure. */
    public record Waiting(Instant since, String step, String record, String reason) {
    }

    private final Map<Thread, Waiting> waiting = new ConcurrentHashMap<>();

    void failing(String step, String record, Throwable failure) {
        Waiting now = new Waiting(Instant.now(), step, record, Failures.describe(failure));
        waiting.merge(Thread.currentThread(), now, (old, latest) -> new Waiting(old.since(), latest.step(), latest.record(),
                latest.reason()));
    }

    void done() {
        waiting.remove(Thread.currentThread());
    }

    /** How many consumer threads are waiting for the database. */
    public int threadsWaiting() {
        return waiting.size();
    }

    /** The longest wait, if any thread is waiting. */
    public Optional<Waiting> longest() {
        return waiting.values().stream().min(Comparator.comparing(Waiting::since));
    }
}
