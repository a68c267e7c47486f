package io.newslens.query.caching;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The memo of data versions, on a clock the test moves: no sleeps, no timing. */
class VersionMemoTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger version = new AtomicInteger(1);

    private String read() {
        reads.incrementAndGet();
        return "v" + version.get();
    }

    @Test
    void aScopeIsReadOnceWithinTheTimeToLiveAndAfreshAfterIt() {
        VersionMemo memo = new VersionMemo(TimeUnit.SECONDS.toNanos(1), clock::get);
        assertEquals("v1", memo.get("scope", this::read));
        version.set(2); // a write
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        assertEquals("v1", memo.get("scope", this::read), "within the time to live: the version read before");
        assertEquals(1, reads.get());
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        assertEquals("v2", memo.get("scope", this::read), "a second after the read began: read again");
        assertEquals(2, reads.get());
    }

    @Test
    void scopesAreKeptApart() {
        VersionMemo memo = new VersionMemo(TimeUnit.SECONDS.toNanos(1), clock::get);
        memo.get("a", this::read);
        version.set(2);
        assertEquals("v2", memo.get("b", this::read));
        assertEquals("v1", memo.get("a", this::read));
        assertEquals(2, reads.get());
    }

    @Test
    void zeroReadsEveryTime() {
        VersionMemo memo = new VersionMemo(0, clock::get);
        memo.get("scope", this::read);
        memo.get("scope", this::read);
        assertEquals(2, reads.get());
        assertEquals(0, memo.size());
    }

    @Test
    void theMemoIsBounded() {
        VersionMemo memo = new VersionMemo(TimeUnit.SECONDS.toNanos(1), clock::get);
        for (int i = 0; i < 3 * VersionMemo.MAX_ENTRIES; i++) {
            memo.get("scope " + i, this::read);
        }
        assertTrue(memo.size() <= VersionMemo.MAX_ENTRIES, "size " + memo.size());
    }
}
