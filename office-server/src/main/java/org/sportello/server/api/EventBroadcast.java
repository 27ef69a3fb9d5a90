package org.sportello.server.api;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.OfficeEvent;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.wire.EventWire;

/**
 * Sends the office log to every subscribed station as it is committed. One thread reads new events
 * from the log (every few milliseconds, or at once when {@link #wake() woken} after a write) and hands
 * them to the subscribers; each subscriber sends from its own bounded buffer, as fast as its station
 * reads, so a slow station never slows the others. One that falls too far behind is closed and
 * subscribes again from its last event by itself.
 *
 * <p>Events are sent strictly in sequence order, which is what lets a client resume "after the last
 * seq it saw" without missing anything. Sequence numbers are handed out when a transaction inserts,
 * not when it commits, so a gap in the log usually means a transaction still committing: the
 * broadcast waits for it up to {@code gapGrace} before taking the gap for a rolled-back one. Everything
 * up to {@link #published()} is settled.
 */
public final class EventBroadcast implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventBroadcast.class.getName());
    private static final int READ_BATCH = 1000;
    private static final int CATCH_UP_PAGE = 256;

    private final EventFeed feed;
    private final long pollNanos;
    private final long gapGraceNanos;
    private final int bufferPerSubscriber;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private final Object signal = new Object();
    private volatile long published = -1;
    private volatile boolean running;
    private boolean woken;
    private long gapSince;
    private Thread reader;

    /** Reads the log every 10 ms, waits 300 ms for a gap to fill, buffers 1,024 events per subscriber. */
    public EventBroadcast(EventFeed feed) {
        this(feed, Duration.ofMillis(10), Duration.ofMillis(300), 1024);
    }

    public EventBroadcast(EventFeed feed, Duration pollEvery, Duration gapGrace, int bufferPerSubscriber) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.pollNanos = pollEvery.toNanos();
        this.gapGraceNanos = gapGrace.toNanos();
        if (bufferPerSubscriber < 1) {
            throw new IllegalArgumentException("bufferPerSubscriber must be positive");
        }
        this.bufferPerSubscriber = bufferPerSubscriber;
    }

    /** Starts following the log from its current end. */
    public synchronized EventBroadcast start() {
        if (reader != null) {
            return this;
        }
        published = feed.latestSeq();
        running = true;
        reader = Thread.ofPlatform().daemon().name("event-broadcast").start(this::follow);
        return this;
    }

    /** The last settled sequence number: every event up to it has been handed to the subscribers. */
    public long published() {
        if (published < 0) {
            throw new IllegalStateException("the event broadcast is not started");
        }
        return published;
    }

    /** Something was written: look at the log now instead of at the next tick. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /**
     * Streams every event after {@code afterSeq} to {@code out}, then each new one. The caller's
     * {@code view} decides what this station sees of an event (empty: nothing, but the stream moves on).
     */
    public void subscribe(long afterSeq, String station, Function<OfficeEvent, Optional<OfficeEvent>> view,
                          ServerCallStreamObserver<OfficeEventMsg> out) {
        published(); // refuses a subscriber before start
        Subscriber s = new Subscriber(afterSeq, station, view, out);
        out.setOnCancelHandler(() -> {
            s.cancelled = true;
            subscribers.remove(s);
        });
        out.setOnReadyHandler(s::signal);
        subscribers.add(s);
        s.signal();
    }

    /** Ends the streams of a station, e.g. when it is revoked. */
    public void endStation(String station, Status why) {
        for (Subscriber s : subscribers) {
            if (s.station.equals(station)) {
                s.end(why);
            }
        }
    }

    /** How many streams are open now. */
    public int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void close() {
        Thread r;
        synchronized (this) {
            running = false;
            r = reader;
        }
        wake();
        if (r != null) {
            try {
                r.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Subscriber s : subscribers) {
            s.end(Status.UNAVAILABLE.withDescription("the office server is stopping"));
        }
        senders.shutdown();
    }

    private void follow() {
        long backoff = pollNanos;
        while (running) {
            try {
                boolean more = readOnce();
                backoff = pollNanos;
                if (!more) {
                    pause(pollNanos);
                }
            } catch (RuntimeException e) {
                // The database is busy or closing: keep the subscribers, try again a little later.
                LOG.log(Level.WARNING, "could not read the office log", e);
                backoff = Math.min(backoff * 2, TimeUnit.SECONDS.toNanos(1));
                pause(backoff);
            }
        }
    }

    /** @return true when the log had more than one batch of new events */
    private boolean readOnce() {
        List<OfficeEvent> batch = feed.after(published, READ_BATCH);
        List<OfficeEvent> settled = settle(batch);
        if (!settled.isEmpty()) {
            // Published first, handed out second: a subscriber that switches from catching up to live in
            // between sees the new horizon and catches up further, so nothing falls between the two.
            published = settled.getLast().seq();
            for (Subscriber s : subscribers) {
                s.offer(settled);
            }
        }
        return batch.size() == READ_BATCH && settled.size() == batch.size();
    }

    /** The events that may go out now, in order: up to the first gap that may still fill. */
    private List<OfficeEvent> settle(List<OfficeEvent> batch) {
        List<OfficeEvent> out = new ArrayList<>(batch.size());
        long expected = published + 1;
        for (OfficeEvent e : batch) {
            if (e.seq() != expected) {
                long now = System.nanoTime();
                if (gapSince == 0) {
                    gapSince = now;
                }
                if (now - gapSince < gapGraceNanos) {
                    break;
                }
            }
            gapSince = 0;
            out.add(e);
            expected = e.seq() + 1;
        }
        return out;
    }

    private void pause(long nanos) {
        synchronized (signal) {
            if (!woken && running) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(signal, nanos);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    running = false;
                }
            }
            woken = false;
        }
    }

    /**
     * One open stream. It first reads what it missed from the log itself (catching up, up to the
     * broadcast's horizon), then takes the broadcast's batches into its buffer. Only one sender runs
     * for it at a time, so the stream's calls never overlap.
     */
    private final class Subscriber {
        private final String station;
        private final Function<OfficeEvent, Optional<OfficeEvent>> view;
        private final ServerCallStreamObserver<OfficeEventMsg> out;
        private final ArrayDeque<OfficeEvent> buffer = new ArrayDeque<>();
        private final AtomicBoolean sending = new AtomicBoolean();
        private final AtomicBoolean pending = new AtomicBoolean();
        private boolean live;
        private Status ending;
        private long sent;
        private volatile boolean cancelled;
        private boolean done;

        Subscriber(long afterSeq, String station, Function<OfficeEvent, Optional<OfficeEvent>> view,
                   ServerCallStreamObserver<OfficeEventMsg> out) {
            this.sent = afterSeq;
            this.station = station;
            this.view = view;
            this.out = out;
        }

        /** Called by the broadcast's thread: must never block. */
        void offer(List<OfficeEvent> events) {
            synchronized (this) {
                if (!live || ending != null) {
                    return; // catching up reads these from the log
                }
                if (buffer.size() + events.size() > bufferPerSubscriber) {
                    buffer.clear();
                    ending = Status.UNAVAILABLE.withDescription("the station fell behind the office log; subscribe again");
                } else {
                    buffer.addAll(events);
                }
            }
            signal();
        }

        void end(Status why) {
            synchronized (this) {
                if (ending == null) {
                    ending = why;
                }
            }
            signal();
        }

        void signal() {
            pending.set(true);
            if (sending.compareAndSet(false, true)) {
                try {
                    senders.execute(this::run);
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    sending.set(false);
                }
            }
        }

        private void run() {
            while (true) {
                pending.set(false);
                try {
                    send();
                } catch (RuntimeException e) {
                    fail(e);
                }
                sending.set(false);
                if (!pending.get() || !sending.compareAndSet(false, true)) {
                    return;
                }
            }
        }

        private void send() {
            while (!done && !cancelled) {
                Status why;
                synchronized (this) {
                    why = ending;
                }
                if (why != null) {
                    finish(why);
                    return;
                }
                if (!out.isReady()) {
                    return; // the ready handler signals again
                }
                OfficeEvent next = next();
                if (next == null) {
                    return;
                }
                if (next.seq() <= sent) {
                    continue;
                }
                Optional<OfficeEvent> shown = view.apply(next);
                sent = next.seq();
                if (shown.isPresent()) {
                    out.onNext(EventWire.event(shown.get()));
                }
            }
        }

        /** The next event to send, reading from the log while catching up; null when there is none yet. */
        private OfficeEvent next() {
            while (true) {
                long horizon;
                synchronized (this) {
                    if (!buffer.isEmpty()) {
                        return buffer.poll();
                    }
                    if (live) {
                        return null;
                    }
                    horizon = published;
                }
                List<OfficeEvent> page = sent >= horizon ? List.of()
                        : feed.after(sent, CATCH_UP_PAGE).stream().filter(e -> e.seq() <= horizon).toList();
                synchronized (this) {
                    if (!page.isEmpty()) {
                        buffer.addAll(page);
                        continue;
                    }
                    if (published == horizon) {
                        // Caught up with a horizon that has not moved: from now on the broadcast's batches
                        // (all after this horizon) arrive here.
                        live = true;
                        return null;
                    }
                }
            }
        }

        private void finish(Status why) {
            done = true;
            subscribers.remove(this);
            try {
                if (why.isOk()) {
                    out.onCompleted();
                } else {
                    out.onError(why.asRuntimeException());
                }
            } catch (RuntimeException alreadyClosed) {
                LOG.log(Level.FINE, "stream already closed", alreadyClosed);
            }
        }

        private void fail(RuntimeException e) {
            if (e instanceof StatusRuntimeException s && s.getStatus().getCode() == Status.Code.CANCELLED) {
                done = true;
                subscribers.remove(this);
                return;
            }
            LOG.log(Level.WARNING, "an event stream failed; the station will subscribe again", e);
            finish(Status.UNAVAILABLE.withDescription("the office log could not be read; subscribe again"));
        }
    }
}
