package org.sportello.devices.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/** Reading helpers for tests: a device answers in pieces, so read until enough arrived or time is up. */
final class TransportTestSupport {
    private TransportTestSupport() {
    }

    static byte[] readExactly(Transport t, int count, Duration within) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        long deadline = System.nanoTime() + within.toNanos();
        byte[] buf = new byte[4096];
        while (got.size() < count && System.nanoTime() < deadline) {
            int n = t.read(buf, Duration.ofMillis(50));
            got.write(buf, 0, Math.min(n, count - got.size()));
        }
        return got.toByteArray();
    }

    static byte[] pattern(int length, int seed) {
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }
}
