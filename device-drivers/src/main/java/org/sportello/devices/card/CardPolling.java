package org.sportello.devices.card;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.sportello.model.person.CodiceFiscale;

/**
 * Watches a health-card reader on a thread of its own and hands each card to the app, once per
 * presentation: a chip card left in a PC/SC reader is read again and again, and must not be shown
 * again after the citizen removed it from the screen. Failed reads (a bad swipe, an invalid code) are
 * handed over every time, since each is a new attempt. A reader that is missing (no PC/SC service,
 * nothing plugged in) is said once in the log and tried again every few seconds: the kiosk and the
 * desk work without one.
 */
public final class CardPolling implements AutoCloseable {
    static final Duration READ_WAIT = Duration.ofSeconds(1);
    static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(5);
    /** The same code read again within this time is the same card still in (or on) the reader. */
    static final Duration SAME_PRESENTATION = Duration.ofSeconds(3);
    private static final Set<CardReadError> READER_MISSING = Set.of(CardReadError.NO_READER,
            CardReadError.PCSC_UNAVAILABLE);
    private static final System.Logger LOG = System.getLogger(CardPolling.class.getName());

    private final CardReader reader;
    private final Executor ui;
    private final Consumer<CardRead> onRead;
    private final LongSupplier nanoClock;
    private final Thread thread;
    private volatile boolean running = true;
    private CodiceFiscale lastCode;
    private long lastSeenNanos;
    private boolean missingLogged;

    /**
     * @param ui     where {@code onRead} runs (the app's UI thread)
     * @param onRead a card: identified, or why it could not be read
     */
    public CardPolling(CardReader reader, Executor ui, Consumer<CardRead> onRead, LongSupplier nanoClock) {
        this.reader = reader;
        this.ui = ui;
        this.onRead = onRead;
        this.nanoClock = nanoClock;
        this.thread = Thread.ofPlatform().daemon().name("card-reader").unstarted(this::run);
    }

    public CardPolling start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            step();
        }
    }

    /** One read; package-private so a test can drive it without the thread. Returns what it handed over, or null. */
    CardRead step() {
        CardRead read;
        try {
            read = reader.read(READ_WAIT);
        } catch (RuntimeException e) {
            // Readers answer faults with results; one that throws must not end the polling.
            read = CardRead.failed(CardReadError.CARD_ERROR, reader.describe() + ": " + e);
        }
        long now = nanoClock.getAsLong();
        if (read.isIdentified()) {
            missingLogged = false;
            boolean again = read.codiceFiscale().equals(lastCode) && now - lastSeenNanos < SAME_PRESENTATION.toNanos();
            lastCode = read.codiceFiscale();
            lastSeenNanos = now;
            if (again) {
                pause(READ_WAIT);
                return null;
            }
            hand(read);
            pause(READ_WAIT);
            return read;
        }
        if (read.error() == CardReadError.NO_CARD) {
            return null;
        }
        if (READER_MISSING.contains(read.error())) {
            if (!missingLogged) {
                LOG.log(System.Logger.Level.WARNING, "card reader {0} not usable ({1}: {2}); tried again every {3} s",
                        reader.describe(), read.error(), read.detail(), UNAVAILABLE_PAUSE.toSeconds());
                missingLogged = true;
            }
            pause(UNAVAILABLE_PAUSE);
            return null;
        }
        LOG.log(System.Logger.Level.INFO, "card not read on {0}: {1} {2}", reader.describe(), read.error(), read.detail());
        hand(read);
        return read;
    }

    private void hand(CardRead read) {
        ui.execute(() -> onRead.accept(read));
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
