package org.sportello.devices.scanner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sportello.devices.DeviceStatus;

/**
 * A scanner that types like a keyboard. The app's key filter ({@link KeystrokeBurstDetector})
 * owns the keyboard and hands each {@link KeyBurst.Scanned} to {@link #offer}; listeners get it
 * as a {@link Scan}, the same as from a serial scanner. There is no link to lose, so the status
 * is always READY.
 */
public final class WedgeBarcodeScanner implements BarcodeScanner {
    private static final Logger LOG = Logger.getLogger(WedgeBarcodeScanner.class.getName());

    private final List<ScanListener> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean started;

    @Override
    public void addListener(ScanListener listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        started = true;
    }

    /** A device burst from the key filter; ignored before {@link #start} and after {@link #close}. */
    public void offer(KeyBurst.Scanned burst) {
        if (!started) {
            return;
        }
        Scan scan = new Scan(burst.text(), burst.lastKeyNanos(), describe());
        for (ScanListener l : listeners) {
            try {
                l.onScan(scan);
            } catch (RuntimeException e) {
                // A failing handler must not stop the others from hearing the scan.
                LOG.log(Level.WARNING, "scan listener failed", e);
            }
        }
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.READY;
    }

    @Override
    public String describe() {
        return "wedge:scanner";
    }

    @Override
    public void close() {
        started = false;
    }
}
