package io.newslens.ingest.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What became of the articles sent to ingest-service, for {@code /q/metrics}:
 * <ul>
 *   <li>{@value #ARTICLES}{@code {result}}: {@code queued} (on the topic), {@code duplicate} (this revision was known),
 *   {@code unavailable} (Kafka did not take it: answered 503), {@code rejected} (a client error, see below);</li>
 *   <li>{@value #REJECTIONS}{@code {reason}}: why: {@code invalid} (400: the article or its request is malformed),
 *   {@code unauthorized} (401), {@code too_large} (413), {@code unsupported_media_type} (415), {@code other} (any other
 *   4xx). A refused request counts as one article; a batch counts each item it rejects.</li>
 * </ul>
 * Every series exists from the start (at 0), so that rates and alerts see the first event.
 */
@Startup // created at start, so that every series is published (at 0) before its first event
@ApplicationScoped
public class IngestMetrics {

    public static final String ARTICLES = "newslens.ingest.articles";
    public static final String REJECTIONS = "newslens.ingest.rejections";
    public static final List<String> REASONS = List.of("invalid", "unauthorized", "too_large", "unsupported_media_type", "other");

    private final Counter queued;
    private final Counter duplicate;
    private final Counter unavailable;
    private final Counter rejected;
    private final Map<String, Counter> reasons;

    public IngestMetrics(MeterRegistry registry) {
        this.queued = articles(registry, "queued");
        this.duplicate = articles(registry, "duplicate");
        this.unavailable = articles(registry, "unavailable");
        this.rejected = articles(registry, "rejected");
        this.reasons = REASONS.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), reason -> Counter.builder(REJECTIONS)
                .description("Articles ingest-service refused, by reason").tag("reason", reason).register(registry)));
    }

    private static Counter articles(MeterRegistry registry, String result) {
        return Counter.builder(ARTICLES).description("Articles sent to ingest-service, by what became of them")
                .tag("result", result).register(registry);
    }

    public void queued() {
        queued.increment();
    }

    public void duplicate() {
        duplicate.increment();
    }

    public void unavailable() {
        unavailable.increment();
    }

    /** One article refused for {@code reason} (one of {@link #REASONS}; anything else counts as {@code other}). */
    public void rejected(String reason) {
        rejected.increment();
        reasons.getOrDefault(reason, reasons.get("other")).increment();
    }

    /** The reason a client error's status stands for. */
    public static String reasonFor(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 401 -> "unauthorized";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> "other";
        };
    }
}
