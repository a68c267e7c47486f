package io.newslens.query.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Data versions read in the last {@code ttl}, per scope, so that a burst of conditional requests for the same scope
 * costs one statement, not one each. An entry is stamped with the time its read began, so it is never served
 * longer than {@code ttl} after a write that committed before that read; a write after it shows in the tag at the
 * latest {@code ttl} later. Zero turns the memo off.
 * <p>
 * Written here rather than taken from quarkus-cache (Caffeine): that extension is switched on and off at build time,
 * so the tests that need exact tags could not turn it off without a re-augmented application, and this needs only a
 * time-to-live and a bound on its size.
 */
final class VersionMemo {

    /** More scopes than this (a client walking through dates) and the memo starts over: bounded memory. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Object value, long readAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier clock;

    VersionMemo(long ttlNanos, LongSupplier clock) {
        this.ttlNanos = ttlNanos;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    <T> T get(Object key, Supplier<T> read) {
        if (ttlNanos <= 0) {
            return read.get();
        }
        long now = clock.getAsLong();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.readAt() < ttlNanos) {
            return (T) entry.value();
        }
        T value = read.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(value, now));
        return value;
    }

    int size() {
        return entries.size();
    }
}
