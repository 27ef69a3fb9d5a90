package org.sportello.kiosk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.escpos.CodePage;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.language.KioskTexts;
import org.sportello.kiosk.printer.TicketPictures;
import org.sportello.kiosk.printer.TicketPictures.Paragraph;
import org.sportello.model.agenda.CheckInAnswer;
import org.sportello.model.office.OfficeInfo;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;

/**
 * Words a ticket in the citizen's language: on paper and on the confirmation screen alike. When the
 * words hold characters the printer's code page cannot print (Arabic, Cyrillic, Chinese, Romanian's ș),
 * they also go on the ticket drawn as pictures; the number, the office and the date stay text.
 */
public final class TicketPrintouts {
    /** PC850 is what every profile can print (PC858 only adds €): words it can encode print as text. */
    private static final CodePage PRINTABLE = CodePage.PC850;

    private final TicketPictures pictures = new TicketPictures();

    public TicketPrintout compose(OfficeInfo office, IssuedTicket issued, Locale locale) {
        KioskTexts t = KioskTexts.of(locale);
        String service = t.serviceName(issued.service());
        String ahead = peopleAhead(t, issued.peopleAhead());
        String wait = waitLine(t, issued);
        String priority = priorityLine(t, issued.ticket().priority());
        String counter = t.get("ticket.counter");
        String privacy = t.get("ticket.privacy");
        TicketPrintout.Drawn drawn = null;
        if (!printable(service, ahead, wait, priority, counter, privacy)) {
            KioskLanguage language = t.language();
            drawn = new TicketPrintout.Drawn(pictures.service(language, service), pictures.draw(language, List.of(
                    new Paragraph(ahead, false, false), new Paragraph(wait, false, false),
                    new Paragraph(priority, true, false), new Paragraph(counter, false, false),
                    new Paragraph(privacy, false, false))));
        }
        return new TicketPrintout(office.name(), service, issued.ticket().code(),
                issued.ticket().issuedAt().atZone(office.zone()), ahead, wait, priority,
                issued.ticket().id().toString(), privacy, t.language().tag(), counter, drawn);
    }

    /**
     * An appointment ticket: "Appointment" where the service goes, then the time and who will call, and where to
     * wait; no people ahead nor estimated wait (the operator calls it at its time).
     */
    public TicketPrintout composeAppointment(OfficeInfo office, CheckInAnswer answer, Locale locale) {
        KioskTexts t = KioskTexts.of(locale);
        IssuedTicket issued = answer.issued();
        String marked = t.get("ticket.appointment");
        String when = appointmentLine(t, answer, office.zone());
        String where = whereToWait(t, answer);
        String counter = t.get("ticket.counter");
        String privacy = t.get("ticket.privacy");
        TicketPrintout.Drawn drawn = null;
        if (!printable(marked, when, where, counter, privacy)) {
            KioskLanguage language = t.language();
            drawn = new TicketPrintout.Drawn(pictures.service(language, marked), pictures.draw(language, List.of(
                    new Paragraph(when, true, false), new Paragraph(where, false, false),
                    new Paragraph(counter, false, false), new Paragraph(privacy, false, false))));
        }
        return new TicketPrintout(office.name(), marked, issued.ticket().code(),
                issued.ticket().issuedAt().atZone(office.zone()), when, where, "",
                issued.ticket().id().toString(), privacy, t.language().tag(), counter, drawn);
    }

    /** "Appointment at 10:30 with Maria Rossi" (the operator, as the letter names them). */
    public static String appointmentLine(KioskTexts t, CheckInAnswer answer, ZoneId zone) {
        String time = answer.startsAt() == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(answer.startsAt().atZone(zone));
        return answer.withName() == null || answer.withName().isBlank() ? t.get("checkin.at", time)
                : t.get("checkin.with", time, answer.withName());
    }

    /** Near the operator's counter when they are at one; else in the hall, watching the screen. */
    public static String whereToWait(KioskTexts t, CheckInAnswer answer) {
        return answer.counter() > 0 ? t.get("checkin.wait.counter", String.valueOf(answer.counter())) : t.get("checkin.wait.hall");
    }

    static boolean printable(String... lines) {
        for (String line : lines) {
            if (!PRINTABLE.canPrint(line)) {
                return false;
            }
        }
        return true;
    }

    public static String peopleAhead(KioskTexts t, int peopleAhead) {
        return t.get("ticket.ahead", peopleAhead);
    }

    /**
     * Never a promise nobody can keep: with no counter open for the service the ticket says so;
     * otherwise the office's estimate, from the open counters and the service's recent visits.
     */
    public static String waitLine(KioskTexts t, IssuedTicket issued) {
        if (!issued.waitKnown()) {
            return t.get("ticket.wait.unknown");
        }
        int minutes = issued.estimatedWaitMinutes();
        return minutes <= 0 ? t.get("ticket.wait.none") : t.get("ticket.wait", minutes);
    }

    public static String priorityLine(KioskTexts t, PriorityClass priority) {
        return priority.isPriority() ? t.get("ticket.priority", t.get("priority." + priority.name())) : "";
    }

    /** "24/11/2026 10:00" on an Italian ticket, "24 Nov 2026, 10:00" on an English one. */
    public static String dateTime(TicketPrintout printout) {
        KioskTexts t = KioskTexts.of(Locale.of(printout.language()));
        return DateTimeFormatter.ofPattern(t.get("ticket.datetime"), t.locale()).format(printout.issuedAt());
    }
}
