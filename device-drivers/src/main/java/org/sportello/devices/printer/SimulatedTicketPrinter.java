package org.sportello.devices.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.sportello.devices.DeviceStatus;

/**
 * The default printer when none is configured: keeps every ticket and document receipt it "prints" and tells listeners,
 * so the demo can show a window of printed tickets and tests can read them. Its status can be set
 * to rehearse faults (paper out, cover open, offline).
 */
public final class SimulatedTicketPrinter implements TicketPrinter {
    private final List<TicketPrintout> printed = new CopyOnWriteArrayList<>();
    private final List<DocumentReceipt> receipts = new CopyOnWriteArrayList<>();
    private final List<Consumer<TicketPrintout>> listeners = new CopyOnWriteArrayList<>();
    private volatile DeviceStatus status = DeviceStatus.READY;

    @Override
    public PrintResult print(TicketPrintout ticket) {
        DeviceStatus now = status;
        if (!now.canPrint()) {
            return PrintResult.failed(now, "simulated printer: " + now);
        }
        printed.add(ticket);
        listeners.forEach(l -> l.accept(ticket));
        return PrintResult.printed(now);
    }

    @Override
    public PrintResult print(DocumentReceipt receipt, java.util.Locale language) {
        DeviceStatus now = status;
        if (!now.canPrint()) {
            return PrintResult.failed(now, "simulated printer: " + now);
        }
        receipts.add(receipt);
        return PrintResult.printed(now);
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    public void setStatus(DeviceStatus status) {
        this.status = status;
    }

    public List<TicketPrintout> printed() {
        return new ArrayList<>(printed);
    }

    /** The document receipts "printed" so far. */
    public List<DocumentReceipt> receipts() {
        return new ArrayList<>(receipts);
    }

    public void onPrint(Consumer<TicketPrintout> listener) {
        listeners.add(listener);
    }
}
