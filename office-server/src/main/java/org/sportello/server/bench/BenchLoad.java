package org.sportello.server.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the simulated workstations of one queue benchmark share: which measurement window is open, how
 * long the line may grow, whether desks hold off (while the line fills), and the errors they met.
 * This is the benchmark's own bookkeeping; the office knows nothing of it.
 */
final class BenchLoad {
    /** No window open: what happens now is not counted. */
    static final int NOT_RECORDING = -1;
    static final Duration PAUSE = Duration.ofMillis(2);

    /** The measurement window open now (an index into the settings' backlogs), or {@link #NOT_RECORDING}. */
    volatile int window = NOT_RECORDING;
    volatile boolean stop;
    /** While the line fills up to a new backlog, desks call nobody. */
    volatile boolean desksHeld;
    /** Kiosks hold off while this many tickets wait. */
    volatile int backlog;
    /** Tickets issued and not yet called, as the workstations counted them. */
    final AtomicLong waiting = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();

    void failed(RuntimeException e) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, e.toString());
    }

    long errors() {
        return errors.get();
    }

    String firstError() {
        return firstError.get();
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }
}
