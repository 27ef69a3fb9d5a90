package org.sportello.operator.ui;

import java.util.concurrent.Executor;

/**
 * Where ViewModels run things. {@code office} takes database work off the UI thread and must run jobs
 * one at a time in submission order, so an action's answer never overtakes an older refresh;
 * {@code ui} brings results back to the thread that owns the properties. Tests pass {@link #direct()}.
 */
public record Workers(Executor office, Executor ui) {

    /** Everything on the caller's thread: ViewModel tests run step by step without a toolkit. */
    public static Workers direct() {
        return new Workers(Runnable::run, Runnable::run);
    }
}
