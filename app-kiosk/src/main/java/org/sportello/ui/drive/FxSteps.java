package org.sportello.ui.drive;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A drive's steps on a station's UI thread, from a thread of its own: do something there, read something there,
 * wait until something holds there. Each step waits at most {@code seconds}, so a stuck station ends the drive
 * with what it was waiting for rather than hanging the benchmark.
 */
public final class FxSteps {
    private final Executor fx;
    private final int seconds;

    public FxSteps(Executor fx, int seconds) {
        this.fx = fx;
        this.seconds = seconds;
    }

    public void on(Runnable r) throws Exception {
        call(() -> {
            r.run();
            return null;
        });
    }

    public <T> T call(Callable<T> c) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        fx.execute(() -> {
            try {
                f.complete(c.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get(seconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    public void await(String what, Callable<Boolean> condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!call(condition)) {
            if (System.nanoTime() > until) {
                throw new TimeoutException("no " + what + " within " + seconds + " s");
            }
            Thread.sleep(5);
        }
    }
}
