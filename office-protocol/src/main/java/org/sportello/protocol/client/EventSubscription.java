package org.sportello.protocol.client;

import io.grpc.Channel;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.OfficeEvent;
import org.sportello.protocol.v1.EventsGrpc;
import org.sportello.protocol.v1.EventsRequest;
import org.sportello.protocol.v1.OfficeEventMsg;
import org.sportello.protocol.wire.EventWire;
import org.sportello.protocol.wire.Problems;

/**
 * Follows the office's event stream: every event after a given seq, each delivered once and in order.
 * When the stream drops (network, server restart, a station too slow for the server's buffer) it
 * subscribes again by itself, with a growing pause, from the last seq it delivered, so nothing is
 * missed or shown twice. Events reach the listener on one thread at a time.
 */
public final class EventSubscription implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EventSubscription.class.getName());
    static final Duration FIRST_RETRY = Duration.ofMillis(100);
    static final Duration LAST_RETRY = Duration.ofSeconds(5);

    /** What the station does with the office's events. */
    public interface Listener {
        void event(OfficeEvent event);

        /** The stream dropped; it is being re-established. The apps show their outage banner. */
        default void interrupted(SportelloException why) {
        }
    }

    private final EventsGrpc.EventsStub stub;
    private final Listener listener;
    private final ScheduledExecutorService retries;
    private final Object lock = new Object();
    private long lastSeq;
    private long retryMillis = FIRST_RETRY.toMillis();
    private boolean closed;
    private ClientCallStreamObserver<EventsRequest> call;

    private EventSubscription(Channel channel, long afterSeq, Listener listener) {
        this.stub = EventsGrpc.newStub(channel);
        this.listener = Objects.requireNonNull(listener, "listener");
        this.lastSeq = afterSeq;
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "event-subscription");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts following the log after {@code afterSeq} (0: from the start of the log). */
    public static EventSubscription start(Channel channel, long afterSeq, Listener listener) {
        EventSubscription s = new EventSubscription(channel, afterSeq, listener);
        s.subscribe();
        return s;
    }

    /** The seq of the last event delivered to the listener (or the starting seq). */
    public long lastSeq() {
        synchronized (lock) {
            return lastSeq;
        }
    }

    @Override
    public void close() {
        ClientCallStreamObserver<EventsRequest> open;
        synchronized (lock) {
            closed = true;
            open = call;
            call = null;
        }
        if (open != null) {
            open.cancel("closed by the station", null);
        }
        retries.shutdownNow();
    }

    private void subscribe() {
        long after;
        synchronized (lock) {
            if (closed) {
                return;
            }
            after = lastSeq;
        }
        stub.subscribe(EventsRequest.newBuilder().setAfterSeq(after).build(), new Stream());
    }

    /** One attempt; a new one follows when it ends, unless the subscription is closed. */
    private final class Stream implements ClientResponseObserver<EventsRequest, OfficeEventMsg> {
        @Override
        public void beforeStart(ClientCallStreamObserver<EventsRequest> requestStream) {
            boolean cancel;
            synchronized (lock) {
                cancel = closed;
                call = closed ? null : requestStream;
            }
            if (cancel) {
                requestStream.cancel("closed by the station", null);
            }
        }

        @Override
        public void onNext(OfficeEventMsg message) {
            OfficeEvent event;
            synchronized (lock) {
                if (closed || message.getSeq() <= lastSeq) {
                    return;
                }
                event = EventWire.event(message);
                lastSeq = event.seq();
                retryMillis = FIRST_RETRY.toMillis();
            }
            try {
                listener.event(event);
            } catch (RuntimeException e) {
                // The listener's failure is its own: the stream goes on, the event counts as delivered.
                LOG.log(Level.WARNING, "an event listener failed on event " + event.seq(), e);
            }
        }

        @Override
        public void onError(Throwable t) {
            ended(t instanceof StatusRuntimeException s ? Problems.fromStatus(s, "events")
                    : new SportelloException(org.sportello.model.common.Problem.OFFICE_UNAVAILABLE, t, "events"));
        }

        @Override
        public void onCompleted() {
            ended(new SportelloException(org.sportello.model.common.Problem.OFFICE_UNAVAILABLE, "events"));
        }

        private void ended(RuntimeException why) {
            long delay;
            synchronized (lock) {
                call = null;
                if (closed) {
                    return;
                }
                delay = retryMillis;
                retryMillis = Math.min(retryMillis * 2, LAST_RETRY.toMillis());
            }
            try {
                listener.interrupted(why instanceof SportelloException s ? s
                        : new SportelloException(org.sportello.model.common.Problem.OFFICE_UNAVAILABLE, why, "events"));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "an event listener failed on an interruption", e);
            }
            try {
                retries.schedule(EventSubscription.this::subscribe, delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                LOG.log(Level.FINE, "subscription closed while retrying", closing);
            }
        }
    }
}
