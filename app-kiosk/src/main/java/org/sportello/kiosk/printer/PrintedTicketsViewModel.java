package org.sportello.kiosk.printer;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.kiosk.TicketPrintouts;
import org.sportello.ui.Texts;

/** Every ticket the simulated printer has put out, newest first. */
public final class PrintedTicketsViewModel {
    private final ObservableList<PaperTicket> tickets = FXCollections.observableArrayList();
    private final ObservableList<PaperTicket> ticketsView = FXCollections.unmodifiableObservableList(tickets);
    /** The printer calls back on the kiosk's worker thread; a printout seen both ways is shown once. */
    private final Set<TicketPrintout> shown = Collections.newSetFromMap(new IdentityHashMap<>());

    public PrintedTicketsViewModel(SimulatedTicketPrinter printer, Executor ui) {
        printer.onPrint(p -> ui.execute(() -> add(p)));
        printer.printed().forEach(this::add);
    }

    private void add(TicketPrintout p) {
        if (shown.add(p)) {
            tickets.addFirst(paper(p));
        }
    }

    static PaperTicket paper(TicketPrintout p) {
        Texts t = Texts.of(Locale.of(p.language()));
        return new PaperTicket(p.officeName(), p.serviceName(), p.code(), TicketPrintouts.dateTime(p),
                p.peopleAheadLine(), p.waitLine(), p.priorityLine(), t.get("printed.qr", p.qrPayload()),
                p.privacyLine());
    }

    public ObservableList<PaperTicket> tickets() {
        return ticketsView;
    }

    public List<String> codes() {
        return tickets.stream().map(PaperTicket::code).toList();
    }
}
