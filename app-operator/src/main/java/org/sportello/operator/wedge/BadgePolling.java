package org.sportello.operator.wedge;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sportello.devices.card.BadgeRead;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.CardReadError;

/**
 * Watches a PC/SC badge reader (configured as {@code cardreader.driver=pcsc}) and hands each badge
 * UID to the UI once per presentation: a badge left on the reader does not log in again and again.
 * A missing reader or PC/SC service is said once in the log and tried again every few seconds.
 */
public final class BadgePolling implements AutoCloseable {
    static final Duration READ_WAIT = Duration.ofSeconds(1);
    static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(5);
    /** The same badge read again within this time is the same presentation. */
    static final Duration SAME_PRESENTATION = Duration.ofSeconds(3);
    private static final System.Logger LOG = System.getLogger(BadgePolling.class.getName());

    private final BadgeReader reader;
    private final Executor ui;
    private final Consumer<String> onBadge;
    private final LongSupplier nanoClock;
    private final Thread thread;
    private volatile boolean running = true;
    private String lastId;
    private long lastSeenNanos;
    private boolean unavailableLogged;

    public BadgePolling(BadgeReader reader, Executor ui, Consumer<String> onBadge, LongSupplier nanoClock) {
        this.reader = reader;
        this.ui = ui;
        this.onBadge = onBadge;
        this.nanoClock = nanoClock;
        this.thread = Thread.ofPlatform().daemon().name("badge-reader").unstarted(this::run);
    }

    public BadgePolling start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            step();
        }
    }

    /** One read; package-private so a test can drive it without the thread. */
    void step() {
        BadgeRead read = reader.read(READ_WAIT);
        long now = nanoClock.getAsLong();
        if (read.isOk()) {
            unavailableLogged = false;
            boolean again = read.badgeId().equals(lastId) && now - lastSeenNanos < SAME_PRESENTATION.toNanos();
            lastId = read.badgeId();
            lastSeenNanos = now;
            if (!again) {
                String id = read.badgeId();
                ui.execute(() -> onBadge.accept(id));
            }
            pause(READ_WAIT);
            return;
        }
        if (read.error() == CardReadError.NO_CARD) {
            return;
        }
        if (!unavailableLogged) {
            LOG.log(System.Logger.Level.WARNING, "badge reader not usable ({0}: {1}); badges are tried again every {2} s",
                    read.error(), read.detail(), UNAVAILABLE_PAUSE.toSeconds());
            unavailableLogged = true;
        }
        pause(UNAVAILABLE_PAUSE);
    }

    private void pause(Duration d) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        reader.close();
    }
}
