package org.sportello.operator.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and times as the agenda screens write them, in the desk's language: "mar 24 nov, 09:30" (the day's name
 * is what an operator reads first when booking), and the dd/MM/yyyy the desk types everywhere else.
 */
public final class AgendaDates {
    private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED_WHEN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private AgendaDates() {
    }

    /** "mar 24 nov, 09:30". */
    public static String when(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale).format(at);
    }

    public static String when(java.time.Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : when(LocalDateTime.ofInstant(at, zone), locale);
    }

    /** "mar 24 nov". */
    public static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM", locale).format(day);
    }

    public static String time(LocalTime time) {
        return DateTimeFormatter.ofPattern("HH:mm").format(time);
    }

    public static String typed(LocalDate day) {
        return TYPED_DAY.format(day);
    }

    public static String typed(LocalDateTime at) {
        return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? TYPED_DAY.format(at) : TYPED_WHEN.format(at);
    }

    /** A day typed as dd/MM/yyyy; empty when it is not one. */
    public static Optional<LocalDate> parseDay(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), TYPED_DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "dd/MM/yyyy" (midnight) or "dd/MM/yyyy HH:mm"; empty when neither. */
    public static Optional<LocalDateTime> parseWhen(String text) {
        String t = text.strip();
        try {
            return Optional.of(LocalDateTime.parse(t, TYPED_WHEN));
        } catch (DateTimeParseException e) {
            return parseDay(t).map(LocalDate::atStartOfDay);
        }
    }
}
