package org.sportello.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a ViewModel's work runs: blocking calls (database, printer) on {@code background}, results
 * and property changes on {@code ui}, timers through {@code timers}. The apps pass the JavaFX
 * thread; ViewModel tests pass direct executors and a manual scheduler, so they run without a toolkit.
 */
public final class Dispatch implements AutoCloseable {
    private final Executor background;
    private final Executor ui;
    private final Scheduler timers;
    private final Runnable shutdown;

    public Dispatch(Executor background, Executor ui, Scheduler timers) {
        this(background, ui, timers, () -> { });
    }

    private Dispatch(Executor background, Executor ui, Scheduler timers, Runnable shutdown) {
        this.background = background;
        this.ui = ui;
        this.timers = timers;
        this.shutdown = shutdown;
    }

    /**
     * Daemon threads for background work and timers, results posted to {@code uiThread}. Once
     * closed, work already on its way (a timer that fired, a result being posted) is dropped
     * instead of reaching a window that has gone.
     */
    public static Dispatch threads(String name, Executor uiThread) {
        ExecutorService pool = Executors.newCachedThreadPool(daemon(name));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon(name + "-timer"));
        AtomicBoolean closed = new AtomicBoolean();
        Executor ui = r -> uiThread.execute(() -> {
            if (!closed.get()) {
                r.run();
            }
        });
        Executor background = r -> {
            if (!closed.get()) {
                try {
                    pool.execute(r);
                } catch (RejectedExecutionException shuttingDown) {
                    // Closed between the check and the call: the work is not wanted any more.
                }
            }
        };
        return new Dispatch(background, ui, new ExecutorScheduler(clock, ui), () -> {
            closed.set(true);
            clock.shutdownNow();
            pool.shutdownNow();
        });
    }

    public Executor background() {
        return background;
    }

    public Executor ui() {
        return ui;
    }

    public Scheduler timers() {
        return timers;
    }

    @Override
    public void close() {
        shutdown.run();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
