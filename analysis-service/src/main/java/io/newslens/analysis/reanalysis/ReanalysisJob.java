package io.newslens.analysis.reanalysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** One run of the current analyzer over stored articles, and how far it got. */
public final class ReanalysisJob {

    public enum State { RUNNING, PUBLISHED, FAILED }

    final String id;
    final LocalDate from;
    final LocalDate to;
    final String analyzerVersion;
    final Instant startedAt = Instant.now();
    final AtomicLong total = new AtomicLong();
    final AtomicLong published = new AtomicLong();
    final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    final AtomicReference<String> error = new AtomicReference<>();

    ReanalysisJob(String id, LocalDate from, LocalDate to, String analyzerVersion) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.analyzerVersion = analyzerVersion;
    }

    /** What the status endpoint shows; {@code analysed} counts articles in range already on the current analyzer. */
    public record Status(String id, String state, LocalDate from, LocalDate to, String analyzerVersion, Instant startedAt,
                         long total, long published, long analysed, boolean complete, String error) {
    }

    Status status(long analysed) {
        State s = state.get();
        return new Status(id, s.name().toLowerCase(), from, to, analyzerVersion, startedAt, total.get(), published.get(),
                analysed, s == State.PUBLISHED && analysed >= total.get(), error.get());
    }
}
