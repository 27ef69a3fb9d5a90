package org.sportello.devices.scanner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sportello.devices.DeviceStatus;

/** The default scanner when none is configured: the demo or a test calls {@link #scan} to present a code. */
public final class SimulatedBarcodeScanner implements BarcodeScanner {
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

    /** As if the code had been scanned; listeners hear it only while started. */
    public void scan(String text) {
        if (started) {
            Scan scan = new Scan(text, System.nanoTime(), describe());
            listeners.forEach(l -> l.onScan(scan));
        }
    }

    @Override
    public DeviceStatus status() {
        return DeviceStatus.READY;
    }

    @Override
    public String describe() {
        return "sim:scanner";
    }

    @Override
    public void close() {
        started = false;
    }
}
