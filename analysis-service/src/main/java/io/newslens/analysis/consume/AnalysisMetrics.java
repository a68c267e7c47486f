package io.newslens.analysis.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The consumer's meters at {@code /q/metrics} (Prometheus names in brackets):
 * <ul>
 *   <li>{@value #ENGINE} [{@code _seconds} histogram]: the extraction engine's time per article, alone;</li>
 *   <li>{@value #ARTICLE} [{@code _seconds} histogram]: per stored article, engine plus storage (retries included);</li>
 *   <li>{@value #ARTICLES} [{@code _total}] {@code {result}}: {@code stored}, or {@code duplicate} when the dedupe log
 *   (or a newer revision) made it a no-op;</li>
 *   <li>{@value #ENTITIES}, {@value #QUOTES} [histograms]: entities and quotes per stored article;</li>
 *   <li>{@value #DEAD_LETTERS} [{@code _total}] {@code {reason}}: messages sent to the dead-letter topic;</li>
 *   <li>{@value #IN_FLIGHT}: records handed to the workers and not finished yet;</li>
 *   <li>{@value #DATABASE_WAITING}: consumer threads waiting for the database right now (each holds its record);</li>
 *   <li>{@value #READY}: 1 when the consumer is ready (its channel connected, no thread waiting for the database).</li>
 * </ul>
 */
@Startup // created at start, so that every series is published (at 0) before its first event
@ApplicationScoped
public class AnalysisMetrics {

    public static final String ENGINE = "newslens.analysis.engine";
    public static final String ARTICLE = "newslens.analysis.article";
    public static final String ARTICLES = "newslens.analysis.articles";
    public static final String ENTITIES = "newslens.analysis.entities";
    public static final String QUOTES = "newslens.analysis.quotes";
    public static final String DEAD_LETTERS = "newslens.analysis.dead.letters";
    public static final String IN_FLIGHT = "newslens.analysis.records.in.flight";
    public static final String DATABASE_WAITING = "newslens.analysis.database.waiting";
    public static final String READY = "newslens.analysis.consumer.ready";

    /** Why a message was dead-lettered: the step it failed in. */
    public enum DeadLetterReason {
        /** Not a valid article message (the contract's checks, malformed JSON). */
        INVALID_MESSAGE,
        /** The engine failed on it. */
        ANALYSIS_FAILED,
        /** The database refused its data (see {@link Failures}). */
        STORING_FAILED,
        /** An unexpected error (a bug). */
        UNEXPECTED_ERROR;

        String tag() {
            return name().toLowerCase();
        }
    }

    /** Bucket bounds (le) for counts per article; le="1" holds the articles with none too (bounds must be > 0). */
    private static final double[] COUNT_BUCKETS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    private final Timer engine;
    private final Timer article;
    private final Counter stored;
    private final Counter duplicate;
    private final DistributionSummary entities;
    private final DistributionSummary quotes;
    private final Map<DeadLetterReason, Counter> deadLetters = new EnumMap<>(DeadLetterReason.class);
    private final AtomicInteger inFlight = new AtomicInteger();

    public AnalysisMetrics(MeterRegistry registry, DatabaseWait wait, HealthCenter health) {
        this.engine = timer(ENGINE, "The extraction engine's time per article", registry);
        this.article = timer(ARTICLE, "Time per stored article: analysis and storage, retries included", registry);
        this.stored = Counter.builder(ARTICLES).description("Articles consumed, by result").tag("result", "stored").register(registry);
        this.duplicate = Counter.builder(ARTICLES).description("Articles consumed, by result").tag("result", "duplicate").register(registry);
        this.entities = DistributionSummary.builder(ENTITIES).description("Entities per stored article")
                .serviceLevelObjectives(COUNT_BUCKETS).register(registry);
        this.quotes = DistributionSummary.builder(QUOTES).description("Quotes per stored article")
                .serviceLevelObjectives(COUNT_BUCKETS).register(registry);
        Arrays.stream(DeadLetterReason.values()).forEach(r -> deadLetters.put(r, Counter.builder(DEAD_LETTERS)
                .description("Messages sent to the dead-letter topic, by reason").tag("reason", r.tag()).register(registry)));
        Gauge.builder(IN_FLIGHT, inFlight, AtomicInteger::get).strongReference(true)
                .description("Records handed to the analysis workers and not finished yet").register(registry);
        Gauge.builder(DATABASE_WAITING, wait, DatabaseWait::threadsWaiting).strongReference(true)
                .description("Consumer threads waiting for the database").register(registry);
        Gauge.builder(READY, () -> wait.threadsWaiting() == 0 && health.getReadiness().isOk() ? 1 : 0).strongReference(true)
                .description("1 when the article consumer is ready, 0 when not").register(registry);
    }

    private static Timer timer(String name, String description, MeterRegistry registry) {
        return Timer.builder(name).description(description)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(5))
                .maximumExpectedValue(Duration.ofSeconds(60))
                .register(registry);
    }

    void taken() {
        inFlight.incrementAndGet();
    }

    void done() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    void analysed(long nanos) {
        engine.record(Duration.ofNanos(nanos));
    }

    void stored(long nanos, int entityCount, int quoteCount) {
        article.record(Duration.ofNanos(nanos));
        stored.increment();
        entities.record(entityCount);
        quotes.record(quoteCount);
    }

    void duplicate() {
        duplicate.increment();
    }

    void deadLettered(DeadLetterReason reason) {
        deadLetters.get(reason).increment();
    }
}
