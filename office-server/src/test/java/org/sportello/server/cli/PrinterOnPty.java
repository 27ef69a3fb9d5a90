package org.sportello.server.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.sportello.devices.transport.Transport;
import org.sportello.devices.transport.TransportSpec;
import org.sportello.devices.transport.Transports;

/**
 * The test plays an ESC/POS printer on its end of a pty pair: it answers each DLE EOT n with the
 * status byte chosen for n and keeps every byte it receives, for the virtual printer to read.
 */
final class PrinterOnPty implements AutoCloseable {
    /** DLE EOT answers always have bits 1 and 4 set (0x12); condition bits are added to it. */
    static final int FIXED = 0x12;
    static final int[] READY = {FIXED, FIXED, FIXED, FIXED};
    static final int[] PAPER_NEAR_END = {FIXED, FIXED, FIXED, FIXED | 0x0C};
    /** Offline (1), paper-end stop (2), paper end (4): what an Epson says with an empty roll. */
    static final int[] PAPER_OUT = {FIXED | 0x08, FIXED | 0x20, FIXED, FIXED | 0x60};
    static final int[] COVER_OPEN = {FIXED | 0x08, FIXED | 0x04, FIXED, FIXED};

    private final Transport line;
    private final int[] answers;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final Thread worker;
    private volatile boolean running = true;
    private volatile int queries;

    PrinterOnPty(String spec, int[] answers) throws IOException {
        this.line = Transports.open(TransportSpec.parse(spec));
        this.answers = answers.clone();
        this.worker = Thread.ofPlatform().daemon().name("test-printer").start(this::run);
    }

    private void run() {
        byte[] buffer = new byte[1024];
        int state = 0; // 0: normal, 1: after DLE, 2: after DLE EOT
        while (running) {
            int n;
            try {
                n = line.read(buffer, Duration.ofMillis(20));
            } catch (IOException e) {
                return;
            }
            for (int i = 0; i < n; i++) {
                int b = buffer[i] & 0xFF;
                synchronized (received) {
                    received.write(b);
                }
                if (state == 2 && b >= 1 && b <= 4) {
                    answer(b);
                    state = 0;
                } else {
                    state = b == 0x10 ? 1 : state == 1 && b == 0x04 ? 2 : 0;
                }
            }
        }
    }

    private void answer(int n) {
        queries++;
        try {
            line.write(new byte[] {(byte) answers[n - 1]}, Duration.ofSeconds(1));
        } catch (IOException e) {
            running = false;
        }
    }

    int statusQueries() {
        return queries;
    }

    /** Everything the host sent so far. */
    byte[] received() {
        synchronized (received) {
            return received.toByteArray();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join(2000);
        line.close();
    }
}
