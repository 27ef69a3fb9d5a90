package org.sportello.ui;

import java.time.Duration;

/**
 * Timers for ViewModels. Tasks run on the UI thread, so a ViewModel can touch its properties from
 * them; tests drive a manual scheduler instead of waiting for real time.
 */
public interface Scheduler {

    /** Runs {@code task} once after {@code delay}. */
    Timer after(Duration delay, Runnable task);

    /** Runs {@code task} every {@code period}, the first time after one period. */
    Timer every(Duration period, Runnable task);

    /** A scheduled task that can be called off; cancelling twice is harmless. */
    interface Timer {
        void cancel();
    }
}
