package org.sportello.operator.wedge;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sportello.devices.card.BadgeReader;
import org.sportello.devices.card.ReaderPolling;

/**
 * Watches a PC/SC badge reader (configured as {@code cardreader.driver=pcsc}) and hands each badge
 * UID to the UI once per presentation: a badge left on the reader does not log in again and again.
 * A missing reader or PC/SC service is said once in the log and tried again every few seconds.
 */
public final class BadgePolling implements AutoCloseable {
    /** The same badge read again within this time is the same presentation. */
    static final Duration SAME_PRESENTATION = ReaderPolling.SAME_PRESENTATION;

    private final ReaderPolling<?> polling;

    public BadgePolling(BadgeReader reader, Executor ui, Consumer<String> onBadge, LongSupplier nanoClock) {
        this.polling = ReaderPolling.badges(reader, ui, read -> onBadge.accept(read.badgeId()), nanoClock);
    }

    public BadgePolling start() {
        polling.start();
        return this;
    }

    /** One read; package-private so a test can drive it without the thread. */
    void step() {
        polling.step();
    }

    @Override
    public void close() {
        polling.close();
    }
}
