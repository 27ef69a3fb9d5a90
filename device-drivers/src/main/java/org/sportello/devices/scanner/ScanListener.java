package org.sportello.devices.scanner;

/** Told about every scan; called on the scanner's own thread, so JavaFX apps hop to the FX thread. */
@FunctionalInterface
public interface ScanListener {
    void onScan(Scan scan);

    /** Discarded input; by default ignored. */
    default void onDropped(DroppedFrame dropped) {
    }
}
