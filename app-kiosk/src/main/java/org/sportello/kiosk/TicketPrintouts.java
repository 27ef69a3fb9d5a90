package org.sportello.kiosk;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.ui.Texts;

/** Words a ticket in the citizen's language: on paper and on the confirmation screen alike. */
public final class TicketPrintouts {
    private TicketPrintouts() {
    }

    public static TicketPrintout compose(OfficeInfo office, IssuedTicket issued, Locale locale) {
        Texts t = Texts.of(locale);
        return new TicketPrintout(
                office.name(),
                issued.service().name(t.locale()),
                issued.ticket().code(),
                issued.ticket().issuedAt().atZone(office.zone()),
                peopleAhead(t, issued.peopleAhead()),
                waitLine(t, issued.estimatedWaitMinutes()),
                priorityLine(t, issued.ticket().priority()),
                issued.ticket().id().toString(),
                t.get("ticket.privacy"),
                t.locale().getLanguage());
    }

    public static String peopleAhead(Texts t, int peopleAhead) {
        return t.get("ticket.ahead", peopleAhead);
    }

    public static String waitLine(Texts t, int minutes) {
        return minutes <= 0 ? t.get("ticket.wait.none") : t.get("ticket.wait", minutes);
    }

    public static String priorityLine(Texts t, PriorityClass priority) {
        return priority.isPriority() ? t.get("ticket.priority", t.get("priority." + priority.name())) : "";
    }

    /** "24/11/2026 10:00" on an Italian ticket, "24 Nov 2026, 10:00" on an English one. */
    public static String dateTime(TicketPrintout printout) {
        Texts t = Texts.of(Locale.of(printout.language()));
        return DateTimeFormatter.ofPattern(t.get("ticket.datetime"), t.locale()).format(printout.issuedAt());
    }
}
