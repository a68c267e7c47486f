package io.newslens.query.api;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionGateTest {

    @Test
    void waitersGetTheirTurnInTheOrderTheyCame() throws Exception {
        ConnectionGate gate = new ConnectionGate(1, Duration.ofSeconds(10));
        gate.enter();
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> waiters = new ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            Thread t = new Thread(() -> {
                try {
                    gate.enter();
                    order.add(name);
                    gate.leave();
                } catch (SQLException e) {
                    order.add(name + " failed");
                }
            });
            t.start();
            waiters.add(t);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (gate.waiting() < waiters.size() && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // each waiter queued before the next one comes
            }
        }
        assertEquals(3, gate.waiting());
        // the permit given back goes to the first waiter, not to a request that comes just then (this thread)
        gate.leave();
        gate.enter();
        order.add("late");
        gate.leave();
        for (Thread t : waiters) {
            t.join(10_000);
        }
        assertEquals(List.of("first", "second", "third", "late"), order);
    }

    @Test
    void aRequestThatWaitsLongerThanThePoolsTimeOutIsToldTheServiceIsBusy() throws Exception {
        ConnectionGate gate = new ConnectionGate(1, Duration.ofMillis(100));
        gate.enter();
        long start = System.nanoTime();
        SQLException busy = assertThrows(SQLException.class, gate::enter);
        assertEquals("53300", busy.getSQLState());
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100));
        assertTrue(new DataAccessException(busy).unavailable(), "answered 503 with Retry-After");
        gate.leave();
        gate.enter(); // the permit given back is there again
    }
}
