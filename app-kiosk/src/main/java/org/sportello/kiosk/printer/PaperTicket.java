package org.sportello.kiosk.printer;

/** A printed ticket as the window draws it: every line already in the ticket's language. */
public record PaperTicket(String office, String service, String code, String dateTime, String peopleAhead,
                          String waitLine, String priorityLine, String qrLine, String privacyLine) {
}
