package org.sportello.devices.transport;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Wraps a transport so that an unplugged or switched-off device comes back by itself. When a call
 * fails, the link is closed and marked {@link ConnectionState#LOST}; the failing call still throws,
 * since its bytes did not arrive. Later calls reopen the link, but no more often than the
 * {@link Backoff} allows, so a missing printer costs each call microseconds, not a full open attempt.
 *
 * <p>Calls are serialised; {@link #state()} and {@link #lastProblem()} never block, so a UI can
 * poll them while a driver thread is in the middle of a read.
 */
public final class ReconnectingTransport implements Transport {
    private final Transport inner;
    private final Backoff backoff;
    private final LongSupplier nanoTime;
    private final List<Consumer<ConnectionState>> listeners = new CopyOnWriteArrayList<>();

    private volatile ConnectionState state = ConnectionState.CLOSED;
    private volatile String lastProblem;
    private Duration delay;
    private long nextAttemptNanos;

    public ReconnectingTransport(Transport inner) {
        this(inner, Backoff.DEFAULT);
    }

    public ReconnectingTransport(Transport inner, Backoff backoff) {
        this(inner, backoff, System::nanoTime);
    }

    ReconnectingTransport(Transport inner, Backoff backoff, LongSupplier nanoTime) {
        this.inner = inner;
        this.backoff = backoff;
        this.nanoTime = nanoTime;
    }

    /** Opens now; on failure the transport stays {@link ConnectionState#LOST} and later calls retry. */
    @Override
    public synchronized void open() throws IOException {
        if (state == ConnectionState.CONNECTED) {
            return;
        }
        attempt();
    }

    @Override
    public boolean isOpen() {
        return state == ConnectionState.CONNECTED;
    }

    @Override
    public synchronized void write(byte[] bytes, Duration timeout) throws IOException {
        ensureConnected();
        try {
            inner.write(bytes, timeout);
        } catch (IOException e) {
            lose(e);
            throw e;
        }
    }

    @Override
    public synchronized int read(byte[] buffer, Duration timeout) throws IOException {
        ensureConnected();
        try {
            return inner.read(buffer, timeout);
        } catch (IOException e) {
            lose(e);
            throw e;
        }
    }

    /**
     * Tries to reconnect if the link is lost and the backoff allows it; for a periodic check, so a
     * device plugged back in shows as connected before the next ticket. Returns whether connected.
     */
    public synchronized boolean reconnectIfDue() {
        if (state == ConnectionState.LOST && nanoTime.getAsLong() >= nextAttemptNanos) {
            try {
                attempt();
            } catch (IOException e) {
                return false;
            }
        }
        return state == ConnectionState.CONNECTED;
    }

    public ConnectionState state() {
        return state;
    }

    /** Why the link is or was last lost, for a technician; empty when it never failed. */
    public Optional<String> lastProblem() {
        return Optional.ofNullable(lastProblem);
    }

    /** Called on every state change, on the thread that caused it. */
    public void addListener(Consumer<ConnectionState> listener) {
        listeners.add(listener);
    }

    @Override
    public String describe() {
        return inner.describe();
    }

    @Override
    public synchronized void close() {
        inner.close();
        delay = null;
        setState(ConnectionState.CLOSED);
    }

    private void ensureConnected() throws IOException {
        switch (state) {
            case CONNECTED -> { }
            case CLOSED -> throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
            case LOST -> {
                long waitNanos = nextAttemptNanos - nanoTime.getAsLong();
                if (waitNanos > 0) {
                    throw new TransportException(TransportException.Problem.LOST, describe() + ": disconnected ("
                            + lastProblem + "); next reconnect attempt in " + Math.max(1, waitNanos / 1_000_000) + " ms");
                }
                attempt();
            }
        }
    }

    private void attempt() throws IOException {
        try {
            inner.open();
        } catch (IOException e) {
            lose(e);
            throw e;
        }
        delay = null;
        lastProblem = null;
        setState(ConnectionState.CONNECTED);
    }

    private void lose(IOException e) {
        inner.close();
        lastProblem = e.getMessage();
        delay = backoff.after(delay);
        nextAttemptNanos = nanoTime.getAsLong() + delay.toNanos();
        setState(ConnectionState.LOST);
    }

    private void setState(ConnectionState s) {
        if (state != s) {
            state = s;
            for (Consumer<ConnectionState> l : listeners) {
                l.accept(s);
            }
        }
    }
}
