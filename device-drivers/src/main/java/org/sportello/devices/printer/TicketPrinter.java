package org.sportello.devices.printer;

import org.sportello.devices.DeviceStatus;

/**
 * The ticket printer port. Calls may block on I/O, so apps call it off the UI thread; a driver
 * never throws for a device fault, it answers with a {@link PrintResult} that says what happened.
 */
public interface TicketPrinter extends AutoCloseable {
    PrintResult print(TicketPrintout ticket);

    DeviceStatus status();

    @Override
    default void close() {
    }
}
