package org.sportello.devices.printer.virtual;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sportello.devices.transport.Transport;

/**
 * An in-process printer behind the {@link Transport} port, so the real ESC/POS driver can run
 * against a simulated device in the demo and in tests. Bytes written go to a
 * {@link VirtualPrinter}; DLE EOT requests are answered at once from the simulated condition, as a
 * real printer answers them even while offline; GS a turns on automatic status back. While the
 * paper is out or the cover open, print data is held, as in a real printer's receive buffer, and
 * printed once the condition clears.
 */
public final class VirtualPrinterTransport implements Transport {
    private static final int DLE = 0x10;
    private static final int EOT = 0x04;

    private final VirtualPrinter printer;
    private final BlockingQueue<Byte> toHost = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream held = new ByteArrayOutputStream();
    private volatile SimulatedCondition condition = SimulatedCondition.READY;
    private volatile boolean answersStatus = true;
    private volatile boolean unplugged;
    private volatile boolean open;
    private volatile int autoStatusGroups;
    /** DLE EOT may arrive split over two writes; remembers how much of it we have seen. */
    private int realTimeMatch;

    public VirtualPrinterTransport(VirtualPrinter printer) {
        this.printer = printer;
        printer.onAutoStatusBackRequest(groups -> {
            autoStatusGroups = groups;
            if (groups != 0) {
                sendAutoStatus(); // a printer sends its status at once when ASB is enabled
            }
        });
    }

    public VirtualPrinter printer() {
        return printer;
    }

    public synchronized void setCondition(SimulatedCondition newCondition) {
        SimulatedCondition old = condition;
        condition = newCondition;
        if (old.isOffline() && !newCondition.isOffline() && held.size() > 0) {
            byte[] data = held.toByteArray();
            held.reset();
            printer.accept(data);
        }
        if (old != newCondition && autoStatusGroups != 0) {
            sendAutoStatus();
        }
    }

    public SimulatedCondition condition() {
        return condition;
    }

    /** False makes the printer deaf to status requests, like a one-way cable or a clone without DLE EOT. */
    public void setAnswersStatus(boolean answers) {
        this.answersStatus = answers;
    }

    /** Pulls the cable: every call fails until {@link #plugIn()}. */
    public void unplug() {
        unplugged = true;
        open = false;
    }

    public void plugIn() {
        unplugged = false;
    }

    @Override
    public void open() throws IOException {
        if (unplugged) {
            throw new IOException("virtual printer unplugged");
        }
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open && !unplugged;
    }

    @Override
    public synchronized void write(byte[] bytes, Duration timeout) throws IOException {
        if (!isOpen()) {
            throw new IOException("virtual printer " + (unplugged ? "unplugged" : "not open"));
        }
        answerRealTimeRequests(bytes);
        if (condition.isOffline()) {
            held.writeBytes(bytes);
        } else {
            printer.accept(bytes);
        }
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        if (!isOpen()) {
            throw new IOException("virtual printer " + (unplugged ? "unplugged" : "not open"));
        }
        try {
            Byte first = toHost.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
            if (first == null || buffer.length == 0) {
                return 0;
            }
            buffer[0] = first;
            int n = 1;
            Byte next;
            while (n < buffer.length && (next = toHost.poll()) != null) {
                buffer[n++] = next;
            }
            return n;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading", e);
        }
    }

    @Override
    public String describe() {
        return "virtual:" + printer.dotWidth() + "dots";
    }

    @Override
    public void close() {
        open = false;
    }

    /**
     * Real printers watch the raw stream for 10 04 n, even inside other commands' data; so do we.
     */
    private void answerRealTimeRequests(byte[] bytes) {
        for (byte value : bytes) {
            int b = value & 0xFF;
            if (realTimeMatch == 2) {
                realTimeMatch = 0;
                if (b >= 1 && b <= 4) {
                    if (answersStatus) {
                        toHost.add((byte) realTimeStatus(b));
                    }
                    continue;
                }
            }
            if (realTimeMatch == 1 && b == EOT) {
                realTimeMatch = 2;
            } else {
                realTimeMatch = b == DLE ? 1 : 0;
            }
        }
    }

    /** DLE EOT answers: fixed bits 0**1**10 plus the bits of the simulated condition. */
    int realTimeStatus(int n) {
        SimulatedCondition c = condition;
        int status = 0x12;
        switch (n) {
            case 1 -> status |= c.isOffline() ? 0x08 : 0;
            case 2 -> status |= (c == SimulatedCondition.COVER_OPEN ? 0x04 : 0)
                    | (c == SimulatedCondition.PAPER_OUT ? 0x20 : 0);
            case 4 -> status |= (c == SimulatedCondition.PAPER_NEAR_END || c == SimulatedCondition.PAPER_OUT ? 0x0C : 0)
                    | (c == SimulatedCondition.PAPER_OUT ? 0x60 : 0);
            default -> { } // n = 3: no errors simulated
        }
        return status;
    }

    /** The four ASB bytes: printer info, error info, paper sensors, reserved. */
    private void sendAutoStatus() {
        if (!answersStatus) {
            return;
        }
        SimulatedCondition c = condition;
        int first = 0x10 | (c.isOffline() ? 0x08 : 0) | (c == SimulatedCondition.COVER_OPEN ? 0x20 : 0);
        int paper = (c == SimulatedCondition.PAPER_NEAR_END || c == SimulatedCondition.PAPER_OUT ? 0x03 : 0)
                | (c == SimulatedCondition.PAPER_OUT ? 0x0C : 0);
        for (int b : new int[] {first, 0x00, paper, 0x00}) {
            toHost.add((byte) b);
        }
    }
}
