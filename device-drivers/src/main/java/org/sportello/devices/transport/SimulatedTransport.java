package org.sportello.devices.transport;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * An in-memory device: keeps what is written, answers what it is told to, and can be "unplugged".
 * It is the {@code sim} transport, and drivers use it in tests to check exact bytes, scripted
 * status replies and the unplugged-mid-ticket case without hardware.
 *
 * <p>Thread-safe, so a test thread can answer while a driver thread waits in {@link #read}.
 */
public final class SimulatedTransport implements Transport {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private byte[] toRead = new byte[0];
    private Function<byte[], byte[]> responder = bytes -> new byte[0];
    private boolean open;
    private boolean plugged = true;

    @Override
    public synchronized void open() throws TransportException {
        if (!plugged) {
            throw new TransportException(TransportException.Problem.NOT_FOUND, describe() + ": unplugged");
        }
        open = true;
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void write(byte[] bytes, Duration timeout) throws TransportException {
        check();
        written.writeBytes(bytes);
        answer(responder.apply(bytes.clone()));
    }

    @Override
    public synchronized int read(byte[] buffer, Duration timeout) throws TransportException {
        check();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (toRead.length == 0) {
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0) {
                return 0;
            }
            try {
                wait(leftMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            check();
        }
        int n = Math.min(buffer.length, toRead.length);
        System.arraycopy(toRead, 0, buffer, 0, n);
        toRead = Arrays.copyOfRange(toRead, n, toRead.length);
        return n;
    }

    /** Queues bytes for the next reads, as if the device had sent them. */
    public synchronized void answer(byte[] bytes) {
        if (bytes.length > 0) {
            byte[] joined = Arrays.copyOf(toRead, toRead.length + bytes.length);
            System.arraycopy(bytes, 0, joined, toRead.length, bytes.length);
            toRead = joined;
            notifyAll();
        }
    }

    /** Answers each write with what the function returns (e.g. a status byte for DLE EOT n). */
    public synchronized void respondWith(Function<byte[], byte[]> responder) {
        this.responder = Objects.requireNonNull(responder);
    }

    /** Everything written so far. */
    public synchronized byte[] written() {
        return written.toByteArray();
    }

    public synchronized void clearWritten() {
        written.reset();
    }

    /** Pulls the cable: calls fail as on a real lost link, until {@link #plugIn()} and a new open. */
    public synchronized void unplug() {
        plugged = false;
        notifyAll();
    }

    public synchronized void plugIn() {
        plugged = true;
    }

    @Override
    public String describe() {
        return "sim";
    }

    @Override
    public synchronized void close() {
        open = false;
        toRead = new byte[0];
        notifyAll();
    }

    private void check() throws TransportException {
        if (!plugged) {
            open = false;
            throw new TransportException(TransportException.Problem.LOST, describe() + ": unplugged");
        }
        if (!open) {
            throw new TransportException(TransportException.Problem.NOT_OPEN, describe() + ": not open");
        }
    }
}
