package org.sportello.kiosk;

import java.time.ZoneId;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.sportello.devices.printer.PrintResult;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.kiosk.language.KioskTexts;

/** The screen after a tap: the number, very large, and what to do with the paper ticket. */
public final class ConfirmationViewModel {
    public enum PrintState { PRINTING, PRINTED, FAILED }

    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty service = new SimpleStringProperty("");
    private final StringProperty peopleAhead = new SimpleStringProperty("");
    private final StringProperty waitLine = new SimpleStringProperty("");
    private final StringProperty priorityLine = new SimpleStringProperty("");
    private final StringProperty cardLine = new SimpleStringProperty("");
    private final StringProperty instruction = new SimpleStringProperty("");
    private final StringProperty footer = new SimpleStringProperty("");
    private final StringProperty counterLine = new SimpleStringProperty("");
    private final ObjectProperty<PrintState> printState = new SimpleObjectProperty<>(PrintState.PRINTING);
    private KioskTexts texts = KioskTexts.of(Locale.ITALIAN);

    void show(IssuedTicket issued, Locale locale) {
        texts = KioskTexts.of(locale);
        heading.set(texts.get("confirm.heading"));
        code.set(issued.ticket().code());
        service.set(texts.serviceName(issued.service()));
        peopleAhead.set(TicketPrintouts.peopleAhead(texts, issued.peopleAhead()));
        waitLine.set(TicketPrintouts.waitLine(texts, issued));
        counterLine.set(texts.get("ticket.counter"));
        priorityLine.set(TicketPrintouts.priorityLine(texts, issued.ticket().priority()));
        // Says the card went with the ticket, never the code: the paper and the screen stay anonymous.
        cardLine.set(issued.ticket().citizenTaxCode() == null ? "" : texts.get("confirm.card"));
        footer.set(texts.get("confirm.footer"));
        printState.set(PrintState.PRINTING);
        instruction.set(texts.get("confirm.printing"));
    }

    /**
     * An appointment ticket: marked as one, with the time and who will call, and where to wait. Nothing about the
     * citizen: the name on it is the operator's, as on the letter.
     */
    void showAppointment(CheckInAnswer answer, ZoneId zone, Locale locale) {
        show(answer.issued(), locale);
        heading.set(texts.get("checkin.heading"));
        service.set(TicketPrintouts.appointmentLine(texts, answer, zone));
        peopleAhead.set(TicketPrintouts.whereToWait(texts, answer));
        waitLine.set("");
        priorityLine.set("");
        cardLine.set("");
    }

    void printed(PrintResult result) {
        if (result.printed()) {
            printState.set(PrintState.PRINTED);
            instruction.set(texts.get("confirm.take"));
        } else {
            printState.set(PrintState.FAILED);
            String key = switch (result.status()) {
                case PAPER_OUT -> "confirm.printer.paper";
                case COVER_OPEN -> "confirm.printer.cover";
                default -> "confirm.printer.fault";
            };
            instruction.set(texts.get(key, code.get()));
        }
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty serviceProperty() {
        return service;
    }

    public ReadOnlyStringProperty peopleAheadProperty() {
        return peopleAhead;
    }

    public ReadOnlyStringProperty waitLineProperty() {
        return waitLine;
    }

    public ReadOnlyStringProperty priorityLineProperty() {
        return priorityLine;
    }

    /** "Health card registered" when the ticket carries the code of a card shown at the kiosk; empty otherwise. */
    public ReadOnlyStringProperty cardLineProperty() {
        return cardLine;
    }

    /** "Take your ticket below", or, when the printer failed, to note the number down. */
    public ReadOnlyStringProperty instructionProperty() {
        return instruction;
    }

    /** How the call comes: the screen shows the number and the counter to go to. */
    public ReadOnlyStringProperty counterLineProperty() {
        return counterLine;
    }

    public ReadOnlyStringProperty footerProperty() {
        return footer;
    }

    public ReadOnlyObjectProperty<PrintState> printStateProperty() {
        return printState;
    }
}
