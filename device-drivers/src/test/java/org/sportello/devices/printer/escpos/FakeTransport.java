package org.sportello.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sportello.devices.transport.Transport;

/**
 * An in-memory printer link for driver tests: records what is written, answers DLE EOT n with
 * scripted bytes (or not at all), can inject unsolicited bytes, and can be "unplugged" so that a
 * write fails part-way, like a USB cable pulled mid-ticket.
 */
final class FakeTransport implements Transport {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final List<byte[]> writes = new ArrayList<>();
    private final BlockingQueue<Byte> incoming = new LinkedBlockingQueue<>();
    private final Map<Integer, byte[]> answers = new HashMap<>();
    private boolean open;
    private long failAfterBytes = Long.MAX_VALUE;
    private boolean failOpen;
    private java.util.function.IntConsumer firstRequestListener = count -> { };
    private int firstRequests;
    int opens;

    /** Answers every DLE EOT n with the plain "all fine" byte 0x12 by default. */
    FakeTransport() {
        for (int n = 1; n <= 4; n++) {
            answers.put(n, new byte[] {0x12});
        }
    }

    FakeTransport answer(int n, int... bytes) {
        byte[] reply = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            reply[i] = (byte) bytes[i];
        }
        answers.put(n, reply);
        return this;
    }

    /** Called with 1, 2, ... each time DLE EOT 1 (the start of a status query) is written. */
    FakeTransport onStatusQuery(java.util.function.IntConsumer listener) {
        firstRequestListener = listener;
        return this;
    }

    FakeTransport silent() {
        answers.clear();
        return this;
    }

    /** After this many more bytes, writes throw and the link is dead (the cable is out). */
    FakeTransport unplugAfter(long bytes) {
        failAfterBytes = written.size() + bytes;
        return this;
    }

    FakeTransport plugBackIn() {
        failAfterBytes = Long.MAX_VALUE;
        failOpen = false;
        return this;
    }

    FakeTransport failOpen() {
        failOpen = true;
        return this;
    }

    void inject(int... bytes) {
        for (int b : bytes) {
            incoming.add((byte) b);
        }
    }

    byte[] written() {
        return written.toByteArray();
    }

    List<byte[]> writes() {
        return List.copyOf(writes);
    }

    @Override
    public void open() throws IOException {
        if (failOpen) {
            throw new IOException("no such device");
        }
        open = true;
        opens++;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void write(byte[] bytes, Duration timeout) throws IOException {
        if (!open) {
            throw new IOException("not open");
        }
        long room = failAfterBytes - written.size();
        if (bytes.length > room) {
            written.write(bytes, 0, (int) Math.max(0, room));
            open = false;
            throw new IOException("device disconnected");
        }
        written.writeBytes(bytes);
        writes.add(bytes.clone());
        if (bytes.length == 3 && bytes[0] == 0x10 && bytes[1] == 0x04) {
            if (bytes[2] == 1) {
                firstRequestListener.accept(++firstRequests);
            }
            byte[] reply = answers.get((int) bytes[2]);
            if (reply != null) {
                for (byte b : reply) {
                    incoming.add(b);
                }
            }
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (!open) {
            throw new IOException("not open");
        }
        try {
            Byte first = incoming.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            if (first == null) {
                return 0;
            }
            buffer[0] = first;
            int n = 1;
            Byte next;
            while (n < buffer.length && (next = incoming.poll()) != null) {
                buffer[n++] = next;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public String describe() {
        return "fake:printer";
    }

    @Override
    public void close() {
        open = false;
    }

    /** True when {@code needle} occurs in what was written. */
    boolean wrote(byte[] needle) {
        byte[] all = written();
        outer:
        for (int i = 0; i + needle.length <= all.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (all[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    boolean onlyStatusTraffic() {
        return writes.stream().allMatch(w -> (w.length == 3 && w[0] == 0x10 && w[1] == 0x04)
                || Arrays.equals(w, new byte[] {0x1D, 0x61, 0x0E}));
    }
}
