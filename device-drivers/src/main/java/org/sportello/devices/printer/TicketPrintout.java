package org.sportello.devices.printer;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything printed on a queue ticket, already in the citizen's language. Drivers lay it out for
 * their paper width; the kiosk never builds printer bytes itself.
 *
 * @param officeName    header line
 * @param serviceName   the service chosen
 * @param code          the ticket number, printed very large ("A023")
 * @param issuedAt      date and time, in the office's zone
 * @param peopleAheadLine e.g. "Persone in attesa prima di lei: 3"
 * @param waitLine      e.g. "Attesa stimata: 12 minuti"
 * @param priorityLine  empty for standard tickets
 * @param qrPayload     the ticket id, to be scanned at the counter
 * @param privacyLine   one-line privacy note
 * @param language      "it" or "en"
 */
public record TicketPrintout(String officeName, String serviceName, String code, ZonedDateTime issuedAt,
                             String peopleAheadLine, String waitLine, String priorityLine, String qrPayload,
                             String privacyLine, String language) {
    public TicketPrintout {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issuedAt, "issuedAt");
        priorityLine = priorityLine == null ? "" : priorityLine;
    }
}
