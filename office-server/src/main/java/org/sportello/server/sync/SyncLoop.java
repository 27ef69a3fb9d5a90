package org.sportello.server.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.sportello.server.central.CentralLogin;

/**
 * The sync as a background task of the office server: rounds every {@link SyncSettings#pollEvery()},
 * a growing wait while central or the link is away (it catches up by itself when they return), and a
 * clean stop with the server. It tells the console when the link changes state, not on every retry.
 * Everything a supervisor needs (last sync, backlog, last error, link state) is in the office
 * database's sync_cursor, written by every round.
 */
public final class SyncLoop implements AutoCloseable {
    /** How long {@link #close()} lets a round in progress finish before interrupting it. */
    static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final OfficeSync sync;
    private final Consumer<String> console;
    private final Thread thread;
    private volatile boolean running = true;
    /** Touched by the loop's thread only. */
    private SyncProblem lastProblem;

    private SyncLoop(OfficeSync sync, Consumer<String> console) {
        this.sync = sync;
        this.console = console;
        this.thread = Thread.ofPlatform().name("central-sync").daemon().unstarted(this::run);
    }

    /** Starts syncing in the background; {@code console} hears state changes, one line each. */
    public static SyncLoop start(DataSource office, CentralLogin central, SyncSettings settings, Clock clock,
                                 Consumer<String> console) {
        return start(office, central, settings, clock, null, console);
    }

    /** As above, pulling the other offices' vacancies into {@code offers}, the server's own catalogue (ADR 37). */
    public static SyncLoop start(DataSource office, CentralLogin central, SyncSettings settings, Clock clock,
                                 org.sportello.server.offers.OfficeOffers offers, Consumer<String> console) {
        SyncLoop loop = new SyncLoop(new OfficeSync(office, central, settings, clock, SyncProbe.NONE, offers), console);
        loop.thread.start();
        return loop;
    }

    private void run() {
        try {
            sync.follow(() -> running, this::failed, this::succeeded);
        } catch (InterruptedException e) {
            // close() ran out of patience with a round; the next start resumes from the cursors.
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            console.accept("Sync stopped by an unexpected failure: " + e);
        }
    }

    private void failed(SyncException e, Duration retryIn) {
        if (e.problem() != lastProblem) {
            console.accept("Sync: " + e.getMessage() + "; retrying by itself (next in " + retryIn.toSeconds()
                    + " s, waits grow to " + sync.settings().backoffMax().toSeconds() + " s while it lasts).");
            lastProblem = e.problem();
        }
    }

    private void succeeded(SyncReport report) {
        if (lastProblem != null) {
            console.accept("Sync: central reached again; " + report.eventsPushed() + " office events pushed.");
            lastProblem = null;
        }
    }

    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops after the round in progress (interrupting it after {@link #STOP_GRACE}); safe to call twice. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(STOP_GRACE.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(STOP_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
