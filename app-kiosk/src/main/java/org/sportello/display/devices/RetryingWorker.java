package org.sportello.display.devices;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A device's own thread that runs one piece of work now, or again after a delay when it failed. Many
 * "try again" requests while one retry waits become that one retry: a device that keeps failing is
 * retried every {@code retryDelay}, not once per failure.
 */
final class RetryingWorker implements AutoCloseable {
    private final Runnable work;
    private final Duration retryDelay;
    private final ScheduledExecutorService thread;
    private boolean retryScheduled;

    RetryingWorker(String threadName, Runnable work, Duration retryDelay) {
        this.work = work;
        this.retryDelay = retryDelay;
        this.thread = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name(threadName).unstarted(r));
    }

    Duration retryDelay() {
        return retryDelay;
    }

    void runNow() {
        schedule(work, Duration.ZERO);
    }

    void retryLater() {
        synchronized (this) {
            if (retryScheduled) {
                return;
            }
            retryScheduled = true;
        }
        schedule(() -> {
            synchronized (this) {
                retryScheduled = false;
            }
            work.run();
        }, retryDelay);
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            thread.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The display is shutting down.
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
