package io.newslens.analysis.reanalysis;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Re-analysis progress at {@code /q/metrics}: {@value #RUNNING} (jobs sending articles now), {@value #REMAINING}
 * (articles those jobs have still to send) and {@value #PUBLISHED} (articles sent since start, a counter). How far the
 * consumer got with them shows in {@code newslens_analysis_articles_total} and the job's status endpoint.
 */
@Startup // created at start, so that every series is published (at 0) before its first event
@ApplicationScoped
public class ReanalysisMetrics {

    public static final String RUNNING = "newslens.reanalysis.jobs.running";
    public static final String REMAINING = "newslens.reanalysis.articles.remaining";
    public static final String PUBLISHED = "newslens.reanalysis.articles.published";

    private final Set<ReanalysisJob> running = ConcurrentHashMap.newKeySet();
    private final Counter published;

    public ReanalysisMetrics(MeterRegistry registry) {
        Gauge.builder(RUNNING, running, Set::size).strongReference(true)
                .description("Re-analysis jobs sending articles now").register(registry);
        Gauge.builder(REMAINING, running, jobs -> jobs.stream().mapToLong(j -> Math.max(0, j.total.get() - j.published.get())).sum())
                .strongReference(true).description("Articles the running re-analysis jobs have still to send").register(registry);
        this.published = Counter.builder(PUBLISHED).description("Articles sent for re-analysis").register(registry);
    }

    void started(ReanalysisJob job) {
        running.add(job);
    }

    void published(int articles) {
        published.increment(articles);
    }

    void finished(ReanalysisJob job) {
        running.remove(job);
    }
}
