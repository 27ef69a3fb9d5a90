package org.sportello.devices.scanner;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.transport.Transport;

/**
 * A scanner in USB-CDC (virtual serial) or RS-232 mode, over any {@link Transport}. One daemon
 * thread reads with a short timeout, so a half frame expires on time even when the line goes
 * quiet, and a lost link is reopened by itself after {@code reopenDelay}.
 */
public final class SerialBarcodeScanner implements BarcodeScanner {
    private static final Logger LOG = Logger.getLogger(SerialBarcodeScanner.class.getName());
    private static final Duration READ_SLICE = Duration.ofMillis(40);

    private final Transport transport;
    private final Duration reopenDelay;
    private final LongSupplier nanoClock;
    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private final ScanFrameDecoder decoder;
    private volatile DeviceStatus status = DeviceStatus.UNKNOWN;
    private volatile String lastProblem = "";
    private volatile boolean running;
    private Thread worker;

    public SerialBarcodeScanner(Transport transport, ScanFraming framing, Duration reopenDelay) {
        this(transport, framing, reopenDelay, System::nanoTime);
    }

    SerialBarcodeScanner(Transport transport, ScanFraming framing, Duration reopenDelay, LongSupplier nanoClock) {
        this.transport = transport;
        this.reopenDelay = reopenDelay;
        this.nanoClock = nanoClock;
        this.decoder = new ScanFrameDecoder(framing, new ScanFrameDecoder.Sink() {
            @Override
            public void frame(String text, long nanoTime) {
                Scan scan = new Scan(text, nanoTime, transport.describe());
                listeners.forEach(l -> safely(() -> l.onScan(scan)));
            }

            @Override
            public void dropped(DroppedFrame dropped) {
                LOG.fine(() -> transport.describe() + " dropped " + dropped);
                listeners.forEach(l -> safely(() -> l.onDropped(dropped)));
            }
        });
    }

    @Override
    public void addListener(ScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().daemon().name("scanner " + transport.describe()).start(this::run);
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    /** The last link problem, for the technician ("" when none). */
    public String lastProblem() {
        return lastProblem;
    }

    @Override
    public String describe() {
        return transport.describe();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = worker;
        }
        if (t != null) {
            t.interrupt(); // cuts a reopen back-off short; reads time out by themselves
            try {
                t.join(READ_SLICE.toMillis() * 5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        transport.close();
    }

    private void run() {
        byte[] buffer = new byte[256];
        while (running) {
            try {
                if (!transport.isOpen()) {
                    transport.open();
                }
                status = DeviceStatus.READY;
                int n = transport.read(buffer, READ_SLICE);
                long now = nanoClock.getAsLong();
                if (n > 0) {
                    decoder.accept(buffer, n, now);
                } else {
                    decoder.poll(now);
                }
            } catch (IOException | RuntimeException e) {
                status = DeviceStatus.OFFLINE;
                lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.log(Level.FINE, transport.describe() + " link problem", e);
                transport.close();
                // A half frame from before the fault must not join what comes after the reconnect.
                decoder.poll(Long.MAX_VALUE / 2);
                sleep(reopenDelay);
            }
        }
    }

    private void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // A failing handler must not stop the scanner for everyone else.
            LOG.log(Level.WARNING, "scan listener failed", e);
        }
    }
}
