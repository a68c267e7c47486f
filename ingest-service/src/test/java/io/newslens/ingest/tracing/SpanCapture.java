package io.newslens.ingest.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The tests' span exporter: every finished span is kept in memory (the extension exports to every {@code SpanExporter}
 * bean), where a test looks for the spans it caused.
 */
public class SpanCapture {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** Waits until a finished span matches, and returns every finished span then; fails after {@code timeout}. */
    public static List<SpanData> await(InMemorySpanExporter exporter, Predicate<SpanData> wanted, Duration timeout,
                                       String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<SpanData> spans = exporter.getFinishedSpanItems();
            if (spans.stream().anyMatch(wanted)) {
                return spans;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no span " + what + " within " + timeout.toSeconds() + " s; finished spans: "
                        + spans.stream().map(s -> s.getKind() + " " + s.getName()).distinct().toList());
            }
            Thread.sleep(50);
        }
    }
}
