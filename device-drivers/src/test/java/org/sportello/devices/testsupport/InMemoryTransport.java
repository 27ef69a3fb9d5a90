package org.sportello.devices.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sportello.devices.transport.Transport;

/**
 * A Transport in memory for protocol tests: what the code writes is kept; what the "device" sends
 * is queued with {@link #deviceSends}; faults are injected with {@link #failNextRead} and
 * {@link #failOpens}.
 */
public final class InMemoryTransport implements Transport {
    private final BlockingQueue<Object> incoming = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private volatile boolean open;
    private volatile int failingOpens;
    private volatile int opens;
    private volatile String failNextWrite;
    private byte[] rest = new byte[0];

    public void deviceSends(byte[] bytes) {
        incoming.add(bytes.clone());
    }

    public void deviceSends(String ascii) {
        deviceSends(ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** The next read throws, as when a USB scanner is pulled out. */
    public void failNextRead(String why) {
        incoming.add(new IOException(why));
    }

    /** The next write throws, as when the RS-485 adapter is unplugged. */
    public void failNextWrite(String why) {
        failNextWrite = why;
    }

    public void failOpens(int count) {
        failingOpens = count;
    }

    public int opens() {
        return opens;
    }

    public synchronized byte[] written() {
        return written.toByteArray();
    }

    @Override
    public void open() throws IOException {
        if (open) {
            return;
        }
        if (failingOpens > 0) {
            failingOpens--;
            throw new IOException("device not present");
        }
        open = true;
        opens++;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void write(byte[] bytes, Duration timeout) throws IOException {
        if (!open) {
            throw new IOException("not open");
        }
        if (failNextWrite != null) {
            String why = failNextWrite;
            failNextWrite = null;
            open = false;
            throw new IOException(why);
        }
        written.writeBytes(bytes);
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (!open) {
            throw new IOException("not open");
        }
        if (rest.length == 0) {
            Object next;
            try {
                next = incoming.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            if (next == null) {
                return 0;
            }
            if (next instanceof IOException e) {
                open = false;
                throw e;
            }
            rest = (byte[]) next;
        }
        int n = Math.min(buffer.length, rest.length);
        System.arraycopy(rest, 0, buffer, 0, n);
        rest = java.util.Arrays.copyOfRange(rest, n, rest.length);
        return n;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public void close() {
        open = false;
    }
}
