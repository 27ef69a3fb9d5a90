package org.sportello.kiosk.printer;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;
import org.sportello.ui.Texts;

/**
 * The virtual printer's output, newest first, and the paper and cover switches of the simulated
 * device. Tickets are what the virtual printer drew from the bytes, not what the kiosk meant to print.
 */
public final class PrintedTicketsViewModel {
    private final VirtualPrinterTransport device;
    private final ObservableList<PrintedTicket> tickets = FXCollections.observableArrayList();
    private final ObservableList<PrintedTicket> ticketsView = FXCollections.unmodifiableObservableList(tickets);
    private final ReadOnlyObjectWrapper<SimulatedCondition> condition = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final Texts texts = Texts.of(Texts.ITALIAN);
    /** A ticket cut while this window was being built arrives both ways; it is shown once. */
    private final Set<PrintedTicket> shown = Collections.newSetFromMap(new IdentityHashMap<>());

    /** {@code ui} runs on the UI thread: tickets are cut on the kiosk's printing thread. */
    public PrintedTicketsViewModel(VirtualPrinterTransport device, Executor ui) {
        this.device = device;
        condition.addListener((o, was, now) -> hint.set(texts.get("printed.hint." + now.name())));
        condition.set(device.condition());
        device.printer().onTicket(t -> ui.execute(() -> add(t)));
        device.printer().tickets().forEach(this::add);
    }

    private void add(PrintedTicket ticket) {
        if (shown.add(ticket)) {
            tickets.addFirst(ticket);
            // The window shows the printer's latest only: a day of tickets would be a day of pictures in memory.
            while (tickets.size() > VirtualPrinter.KEPT) {
                shown.remove(tickets.removeLast());
            }
        }
    }

    /** Paper loaded or out, cover open or closed: what the kiosk's driver will read from the device. */
    public void setCondition(SimulatedCondition next) {
        device.setCondition(next);
        condition.set(device.condition());
    }

    public ReadOnlyObjectProperty<SimulatedCondition> conditionProperty() {
        return condition.getReadOnlyProperty();
    }

    /** What the kiosk does in the chosen condition, so the demo user knows what to look for. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public List<SimulatedCondition> conditions() {
        return List.of(SimulatedCondition.values());
    }

    public ObservableList<PrintedTicket> tickets() {
        return ticketsView;
    }
}
