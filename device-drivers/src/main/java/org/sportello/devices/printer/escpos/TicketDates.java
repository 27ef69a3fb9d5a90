package org.sportello.devices.printer.escpos;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The ticket's date line in the citizen's language, e.g. "martedì 24 novembre 2026, 10:05". */
public final class TicketDates {
    private static final String PATTERN = "EEEE d MMMM yyyy, HH:mm";

    private TicketDates() {
    }

    /** Formats in the zone the time already carries (the office's), never the machine's. */
    public static String format(ZonedDateTime issuedAt, String language) {
        return DateTimeFormatter.ofPattern(PATTERN, localeFor(language)).format(issuedAt);
    }

    static Locale localeFor(String language) {
        // Italian is the office default; British English keeps day-month order and the 24-hour clock.
        return "en".equalsIgnoreCase(language) ? Locale.UK : Locale.ITALY;
    }
}
