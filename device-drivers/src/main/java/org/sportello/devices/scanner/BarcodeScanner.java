package org.sportello.devices.scanner;

import org.sportello.devices.DeviceStatus;

/**
 * The barcode scanner port. Scanners push data whenever someone scans, so the port is a listener:
 * {@link #start} begins delivering scans, {@link #close} stops. Device faults show in {@link
 * #status()}, never as exceptions to the app.
 */
public interface BarcodeScanner extends AutoCloseable {
    void addListener(ScanListener listener);

    void start();

    /** READY while data can arrive, OFFLINE while the link is lost (the driver keeps trying to reopen it). */
    DeviceStatus status();

    String describe();

    @Override
    void close();
}
