package io.newslens.analysis.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.context.Context;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The one retry policy of every database step the consumer takes (dedupe check, store, failure record): SmallRye
 * Fault Tolerance's programmatic guard, retrying {@linkplain Failures#isTransient transient} failures with exponential
 * backoff for as long as they last (no try limit, no time limit). A permanent failure is thrown at once.
 *
 * <p>While a step is failing, the thread is entered in {@link DatabaseWait} (readiness DOWN with the reason). A worker
 * retrying holds its record, and with every worker holding one the channel takes no new records: the Kafka connector
 * pauses the partitions once its buffer is full and keeps polling, so the consumer stays in its group however long the
 * database is away (no rebalance, whatever {@code max.poll.interval.ms} says).
 *
 * <p>At shutdown the retries stop: the step fails with the transient failure, and the consumer leaves the record
 * unacknowledged for the next start to read again (see {@link ArticleConsumer}).
 */
@ApplicationScoped
public class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);
    /** The steps {@link ArticleConsumer} runs through here. */
    static final List<String> STEPS = List.of("dedupe check", "store", "failure record");

    private final Guard guard;
    private final DatabaseWait wait;
    private final MeterRegistry registry;
    private volatile boolean stopping;

    public DatabaseRetry(StoreRetryConfig config, DatabaseWait wait, MeterRegistry registry) {
        this.wait = wait;
        this.registry = registry;
        long initial = config.initialBackoff().toMillis();
        this.guard = Guard.create()
                .withDescription("analysis-service database step")
                .withRetry()
                    .maxRetries(-1)                       // no limit: the database may be away for long
                    .maxDuration(0, ChronoUnit.MILLIS)    // 0: no time limit either
                    .delay(initial, ChronoUnit.MILLIS)
                    .jitter(initial / 4, ChronoUnit.MILLIS)
                    .whenException(failure -> !stopping && Failures.isTransient(failure))
                    .withExponentialBackoff()
                        .factor(2)
                        .maxDelay(config.maxBackoff().toMillis(), ChronoUnit.MILLIS)
                        .done()
                    .done()
                .build();
    }

    /** Every step's failure counter exists from the start (at 0), so that a rate or an alert sees the first one. */
    void onStart(@Observes StartupEvent event) {
        for (String step : STEPS) {
            failures(step);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Runs {@code action} under the retry policy; {@code step} and {@code record} name it in logs and readiness. */
    public <T> T call(String step, String record, Callable<T> action) throws Exception {
        // The step's JDBC spans belong to the caller's trace whichever thread the guard runs a try on.
        Callable<T> traced = Context.current().wrap(action);
        try {
            @SuppressWarnings("unchecked")
            T result = (T) guard.call(() -> {
                try {
                    return traced.call();
                } catch (Exception e) {
                    if (Failures.isTransient(e)) {
                        wait.failing(step, record, e);
                        failures(step).increment();
                        LOG.warnf("%s of %s failed (%s); retrying with backoff", step, record, Failures.describe(e));
                    }
                    throw e;
                }
            }, Object.class);
            return result;
        } finally {
            wait.done();
        }
    }

    /** {@link #call} for a step without a result. */
    public void run(String step, String record, Step action) throws Exception {
        call(step, record, () -> {
            action.run();
            return null;
        });
    }

    /** A database step without a result. */
    @FunctionalInterface
    public interface Step {
        void run() throws Exception;
    }

    /** True once the service is shutting down: transient failures are no longer retried. */
    boolean stopping() {
        return stopping;
    }

    /** Transient failures of one step, each followed by a retry unless stopping. */
    Counter failures(String step) {
        return registry.counter("newslens.analysis.database.transient.failures", "step", step);
    }

    /** Transient failures of every step since start. */
    public double transientFailures() {
        return registry.find("newslens.analysis.database.transient.failures").counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
