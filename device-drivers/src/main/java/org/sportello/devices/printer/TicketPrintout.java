package org.sportello.devices.printer;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Everything printed on a queue ticket, already in the citizen's language. Drivers lay it out for
 * their paper width; the kiosk never builds printer bytes itself.
 *
 * @param officeName    header line
 * @param serviceName   the service chosen
 * @param code          the ticket number, printed very large ("A023"), always in Latin letters
 * @param issuedAt      date and time, in the office's zone
 * @param peopleAheadLine e.g. "Persone in attesa prima di lei: 3"
 * @param waitLine      e.g. "Attesa stimata: 12 minuti", or that no counter is open
 * @param priorityLine  empty for standard tickets
 * @param qrPayload     the ticket id, to be scanned at the counter
 * @param privacyLine   one-line privacy note
 * @param language      ISO 639-1 code of the citizen's language ("it", "ar", …)
 * @param counterLine   how the citizen will be called ("go to the counter the screen names"); may be empty
 * @param drawn         the citizen's words as pictures, when the printer's characters cannot print them;
 *                      null when the text lines print as they are
 */
public record TicketPrintout(String officeName, String serviceName, String code, ZonedDateTime issuedAt,
                             String peopleAheadLine, String waitLine, String priorityLine, String qrPayload,
                             String privacyLine, String language, String counterLine, Drawn drawn) {

    /**
     * The words drawn by the kiosk: the service's name (printed above the number) and the lines below
     * the date (people ahead, wait, priority, how the call comes, privacy), each as wide as the paper.
     */
    public record Drawn(TextPicture service, TextPicture words) {
        public Drawn {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(words, "words");
        }
    }

    public TicketPrintout {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(issuedAt, "issuedAt");
        priorityLine = priorityLine == null ? "" : priorityLine;
        counterLine = counterLine == null ? "" : counterLine;
    }

    /** A ticket printed as text, without a line on how the call comes. */
    public TicketPrintout(String officeName, String serviceName, String code, ZonedDateTime issuedAt,
                          String peopleAheadLine, String waitLine, String priorityLine, String qrPayload,
                          String privacyLine, String language) {
        this(officeName, serviceName, code, issuedAt, peopleAheadLine, waitLine, priorityLine, qrPayload, privacyLine,
                language, "", null);
    }
}
