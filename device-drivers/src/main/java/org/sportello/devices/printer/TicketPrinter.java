package org.sportello.devices.printer;

import org.sportello.devices.DeviceStatus;

/**
 * The ticket printer port. Calls may block on I/O, so apps call it off the UI thread; a driver
 * never throws for a device fault, it answers with a {@link PrintResult} that says what happened.
 */
public interface TicketPrinter extends AutoCloseable {
    PrintResult print(TicketPrintout ticket);

    /**
     * The short receipt of an issued document (a counter's printer, ADR 16 and 20), with the same
     * checks before and after as a ticket: a fault is an answer, never an exception. {@code language}
     * is the operator's, for the result's explanation; the receipt's own lines are already worded.
     */
    default PrintResult print(DocumentReceipt receipt, java.util.Locale language) {
        // A port written before receipts existed (a test double, say) refuses rather than drops them.
        return PrintResult.failed(status(), "this printer does not print document receipts");
    }

    /**
     * A job offer from the self-consultation terminal (issue 12), with the same checks before and after
     * as a ticket. {@code language} is the citizen's, for the result's explanation.
     */
    default PrintResult print(OfferSlip offer, java.util.Locale language) {
        return PrintResult.failed(status(), "this printer does not print job offers");
    }

    DeviceStatus status();

    @Override
    default void close() {
    }
}
