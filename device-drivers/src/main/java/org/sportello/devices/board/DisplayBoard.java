package org.sportello.devices.board;

import org.sportello.devices.DeviceStatus;

/**
 * The display board port: the main hall board, a board above each counter, or the JavaFX hall
 * screen. Calls may block on I/O for at most the driver's write timeout, so apps call it off the
 * UI thread.
 */
public interface DisplayBoard extends AutoCloseable {
    BoardResult show(BoardCall call);

    BoardResult clear();

    DeviceStatus status();

    String describe();

    @Override
    default void close() {
    }
}
