package io.newslens.ingest.status;

import io.newslens.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The articles this instance recently saw acknowledged by Kafka: id → last revision and when. Bounded (oldest
 * forgotten first); answers {@code duplicate} without a database round trip and {@code queued} for status.
 */
@ApplicationScoped
public class RecentArticles {

    /** What was acknowledged for an id. */
    public record Entry(String revision, Instant acceptedAt) {
    }

    private final Map<String, Entry> entries;

    public RecentArticles(IngestConfig config) {
        int capacity = config.recentArticles();
        this.entries = new LinkedHashMap<>(1024, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void remember(String id, String revision, Instant acceptedAt) {
        entries.remove(id);
        entries.put(id, new Entry(revision, acceptedAt));
    }

    /** Remembers an article queued before this run started, unless this run already knows the id; true when remembered. */
    public synchronized boolean rememberIfAbsent(String id, String revision, Instant acceptedAt) {
        return entries.putIfAbsent(id, new Entry(revision, acceptedAt)) == null;
    }

    public synchronized Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public boolean isCurrent(String id, String revision) {
        return get(id).map(e -> e.revision().equals(revision)).orElse(false);
    }
}
