package org.sportello.devices.card;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Watches a card or badge reader on a thread of its own and hands what it reads to the app, once per
 * presentation: a card left in a PC/SC reader is read again and again, and must neither log in twice
 * nor come back on the kiosk after the citizen removed it from the screen. Failed reads that are a
 * new attempt (a bad swipe, an invalid code) are handed over each time. A reader that is missing (no
 * PC/SC service, nothing plugged in) is said once in the log and tried again every few seconds: the
 * kiosk and the desk work without one.
 *
 * @param <R> what the reader answers ({@link CardRead}, {@link BadgeRead})
 */
public final class ReaderPolling<R> implements AutoCloseable {
    public static final Duration READ_WAIT = Duration.ofSeconds(1);
    public static final Duration UNAVAILABLE_PAUSE = Duration.ofSeconds(5);
    /** The same card read again within this time is the same card still in (or on) the reader. */
    public static final Duration SAME_PRESENTATION = Duration.ofSeconds(3);
    private static final Set<CardReadError> READER_MISSING = Set.of(CardReadError.NO_READER,
            CardReadError.PCSC_UNAVAILABLE);
    private static final System.Logger LOG = System.getLogger(ReaderPolling.class.getName());

    /** What one read means for the app. */
    public sealed interface Verdict {
        /** A card: {@code identity} tells the same card read again. */
        record Presented(Object identity) implements Verdict {
        }

        /** Nothing in the reader. */
        record Nothing() implements Verdict {
        }

        /** A read that failed, handed over so the person can try again. */
        record Failed(String why) implements Verdict {
        }

        /** No reader to read from: logged once, tried again later. */
        record Unavailable(String why) implements Verdict {
        }
    }

    private final String name;
    private final Function<Duration, R> reader;
    private final Function<R, Verdict> judge;
    private final Executor ui;
    private final Consumer<R> onRead;
    private final LongSupplier nanoClock;
    private final AutoCloseable device;
    private final Thread thread;
    private volatile boolean running = true;
    private Object lastIdentity;
    private long lastSeenNanos;
    private boolean missingLogged;

    /**
     * @param name   the reader, for the log
     * @param reader one read, waiting at most the given time
     * @param judge  what a read means
     * @param ui     where {@code onRead} runs (the app's UI thread)
     * @param device closed with the polling
     */
    public ReaderPolling(String name, Function<Duration, R> reader, Function<R, Verdict> judge, Executor ui,
                         Consumer<R> onRead, LongSupplier nanoClock, AutoCloseable device) {
        this.name = name;
        this.reader = reader;
        this.judge = judge;
        this.ui = ui;
        this.onRead = onRead;
        this.nanoClock = nanoClock;
        this.device = device;
        this.thread = Thread.ofPlatform().daemon().name("reader " + name).unstarted(this::run);
    }

    /** A health-card reader: every validated code once per presentation, every failed read, silence without one. */
    public static ReaderPolling<CardRead> cards(CardReader reader, Executor ui, Consumer<CardRead> onRead,
                                                LongSupplier nanoClock) {
        return new ReaderPolling<>(reader.describe(), timeout -> {
            try {
                return reader.read(timeout);
            } catch (RuntimeException e) {
                // Readers answer faults with results; one that throws must not end the polling.
                return CardRead.failed(CardReadError.CARD_ERROR, reader.describe() + ": " + e);
            }
        }, ReaderPolling::judgeCard, ui, onRead, nanoClock, reader);
    }

    /** A PC/SC badge reader: each badge once per presentation; any failure means no usable reader. */
    public static ReaderPolling<BadgeRead> badges(BadgeReader reader, Executor ui, Consumer<BadgeRead> onRead,
                                                  LongSupplier nanoClock) {
        return new ReaderPolling<>("badge reader", reader::read, r -> r.isOk() ? new Verdict.Presented(r.badgeId())
                : r.error() == CardReadError.NO_CARD ? new Verdict.Nothing()
                : new Verdict.Unavailable(r.error() + ": " + r.detail()), ui, onRead, nanoClock, reader);
    }

    static Verdict judgeCard(CardRead r) {
        if (r.isIdentified()) {
            return new Verdict.Presented(r.codiceFiscale());
        }
        if (r.error() == CardReadError.NO_CARD) {
            return new Verdict.Nothing();
        }
        String why = r.error() + ": " + r.detail();
        return READER_MISSING.contains(r.error()) ? new Verdict.Unavailable(why) : new Verdict.Failed(why);
    }

    public ReaderPolling<R> start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            step();
        }
    }

    /** One read; public so that tests (here and in the apps) can drive it without the thread. Returns what it handed over, or null. */
    public R step() {
        R read = reader.apply(READ_WAIT);
        long now = nanoClock.getAsLong();
        switch (judge.apply(read)) {
            case Verdict.Presented p -> {
                missingLogged = false;
                boolean again = Objects.equals(p.identity(), lastIdentity)
                        && now - lastSeenNanos < SAME_PRESENTATION.toNanos();
                lastIdentity = p.identity();
                lastSeenNanos = now;
                if (!again) {
                    hand(read);
                }
                pause(READ_WAIT);
                return again ? null : read;
            }
            case Verdict.Nothing n -> {
                return null;
            }
            case Verdict.Failed f -> {
                LOG.log(System.Logger.Level.INFO, "{0}: not read ({1})", name, f.why());
                hand(read);
                return read;
            }
            case Verdict.Unavailable u -> {
                if (!missingLogged) {
                    LOG.log(System.Logger.Level.WARNING, "{0} not usable ({1}); tried again every {2} s", name, u.why(),
                            UNAVAILABLE_PAUSE.toSeconds());
                    missingLogged = true;
                }
                pause(UNAVAILABLE_PAUSE);
                return null;
            }
        }
    }

    private void hand(R read) {
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
        try {
            device.close();
        } catch (Exception ignored) {
            // Shutting down: a reader that will not close has nothing more to say.
        }
    }
}
