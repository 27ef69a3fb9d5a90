package org.sportello.devices.printer.escpos;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The ticket's date line in the citizen's language, e.g. "martedì 24 novembre 2026, 10:05". */
public final class TicketDates {
    private static final String PATTERN = "EEEE d MMMM yyyy, HH:mm";
    // Built once: a kiosk prints all day, and parsing the pattern cost more than printing with it.
    private static final DateTimeFormatter ITALIAN = DateTimeFormatter.ofPattern(PATTERN, Locale.ITALY);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern(PATTERN, Locale.UK);

    private TicketDates() {
    }

    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.ROOT);

    /**
     * Formats in the zone the time already carries (the office's), never the machine's. Languages other
     * than Italian and English get digits only: month names would be Italian, or need a picture.
     */
    public static String format(ZonedDateTime issuedAt, String language) {
        if (!"it".equalsIgnoreCase(language) && !"en".equalsIgnoreCase(language) && language != null
                && !language.isBlank()) {
            return NUMERIC.format(issuedAt);
        }
        return (localeFor(language) == Locale.UK ? ENGLISH : ITALIAN).format(issuedAt);
    }

    static Locale localeFor(String language) {
        // Italian is the office default; British English keeps day-month order and the 24-hour clock.
        return "en".equalsIgnoreCase(language) ? Locale.UK : Locale.ITALY;
    }
}
