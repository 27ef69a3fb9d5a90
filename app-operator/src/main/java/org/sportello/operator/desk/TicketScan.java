package org.sportello.operator.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.sportello.model.office.CounterState;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.office.OfficeWork;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/**
 * A queue ticket's QR scanned at the counter (serial scanner or keyboard wedge). A waiting ticket at
 * an idle counter is offered to be called out of turn, with the reason the office log keeps; every
 * other case gets a plain sentence: it is the ticket being served, it is at another counter, its turn
 * is over, it was cancelled, it is another day's, or this office never issued it. Plain Java with a
 * JavaFX property; runs on the UI thread, the lookup as office work.
 */
public final class TicketScan {
    private final OfficeWork office;
    private final DeskViewModel desk;
    private final Messages messages;
    private final ZoneId zone;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Ticket> offered = new ReadOnlyObjectWrapper<>(this, "offered");

    TicketScan(OfficeWork office, DeskViewModel desk, ZoneId zone, Clock clock) {
        this.office = office;
        this.desk = desk;
        this.messages = office.messages();
        this.zone = zone;
        this.clock = clock;
    }

    /** A scanned text; false when it is no ticket id (a document code, a health card, typing). */
    public boolean scan(String scanned) {
        Optional<UUID> id = ScannedTicket.idIn(scanned);
        if (id.isEmpty()) {
            return false;
        }
        int counter = desk.session().counter().number();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        office.submit(s -> ScannedTicket.find(id.get(), counter, s.queue(), s.events(), zone, today), this::show,
                failure -> {
                    if (!failure.officeDown()) {
                        desk.say(Notice.error(failure.message()));
                    }
                });
        return true;
    }

    private void show(ScannedTicket found) {
        Ticket t = found.ticket();
        switch (found.kind()) {
            case WAITING -> waiting(t);
            case CURRENT -> desk.say(Notice.info(messages.text("scan.current", t.code())));
            case CALLED_ELSEWHERE -> desk.say(Notice.info(found.counter() > 0
                    ? messages.text("scan.calledElsewhere", t.code(), found.counter())
                    : messages.text("scan.called", t.code())));
            case OVER -> desk.say(Notice.error(messages.text("scan.over." + t.status().name(), t.code())));
            case CANCELLED -> desk.say(Notice.error(messages.text("scan.cancelled", t.code())));
            case OTHER_DAY -> desk.say(Notice.error(messages.text("scan.otherDay",
                    DateTimeFormatter.ofPattern(messages.text("card.dateFormat"), messages.locale()).format(found.day()))));
            case UNKNOWN -> desk.say(Notice.error(messages.text("scan.unknown")));
        }
    }

    /** Offered only when the counter could call it now; otherwise said what stands in the way. */
    private void waiting(Ticket t) {
        Ticket serving = desk.ticketProperty().get();
        CounterState state = desk.counterStateProperty().get();
        if (serving != null) {
            desk.say(Notice.info(messages.text("scan.waitingBusy", t.code(), serving.code(), DeskAction.FINISH.key())));
        } else if (state != CounterState.OPEN) {
            desk.say(Notice.info(messages.text("scan.waitingNotOpen", t.code())));
        } else {
            offered.set(t);
            desk.open(DeskViewModel.Sheet.TICKET_SCAN);
        }
    }

    /** The sheet's Enter: call the offered ticket out of turn, saying why in the office log. */
    public void callOffered() {
        Ticket t = offered.get();
        if (t != null) {
            desk.callSpecific(t.code(), messages.text("scan.reason"));
        }
    }

    /** The offered ticket, for the sheet; null when none. */
    public ReadOnlyObjectProperty<Ticket> offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** "B · Iscrizione…", for the sheet. */
    String serviceOf(Ticket t) {
        return desk.serviceName(t.serviceId());
    }

    /** How long the offered ticket has been in line. */
    Duration waited(Ticket t) {
        Duration d = Duration.between(t.issuedAt(), clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
