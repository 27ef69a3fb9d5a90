package org.sportello.ui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Real time: a scheduled executor counts, and the task is handed to the UI thread when due. */
public final class ExecutorScheduler implements Scheduler {
    private final ScheduledExecutorService clock;
    private final Executor ui;

    public ExecutorScheduler(ScheduledExecutorService clock, Executor ui) {
        this.clock = clock;
        this.ui = ui;
    }

    @Override
    public Timer after(Duration delay, Runnable task) {
        ScheduledFuture<?> f = clock.schedule(() -> ui.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public Timer every(Duration period, Runnable task) {
        long ms = period.toMillis();
        ScheduledFuture<?> f = clock.scheduleWithFixedDelay(() -> ui.execute(task), ms, ms, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }
}
