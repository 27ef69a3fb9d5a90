package org.sportello.protocol.wire;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * The conventions every message follows: proto3 strings cannot be null, so an absent value travels as
 * the empty string; enums travel by name and an unknown name is refused rather than guessed; instants
 * travel as epoch milliseconds plus their sub-millisecond nanoseconds, so no time is rounded.
 */
final class WireValues {
    private WireValues() {
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static String textOrNull(String wire) {
        return wire == null || wire.isEmpty() ? null : wire;
    }

    static String id(UUID value) {
        return value == null ? "" : value.toString();
    }

    static UUID uuidOrNull(String wire, String field) {
        if (wire == null || wire.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(wire);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": not a UUID", e);
        }
    }

    static UUID uuid(String wire, String field) {
        UUID id = uuidOrNull(wire, field);
        if (id == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return id;
    }

    static String name(Enum<?> value) {
        return value == null ? "" : value.name();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String wire, String field) {
        if (wire == null || wire.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, wire);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": unknown value " + quoted(wire), e);
        }
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String wire, String field) {
        E value = enumOrNull(type, wire, field);
        if (value == null) {
            throw new IllegalArgumentException(field + ": missing");
        }
        return value;
    }

    static long millis(Instant at) {
        return Objects.requireNonNull(at, "instant").toEpochMilli();
    }

    /** The part of the instant below the millisecond, 0..999,999. */
    static int subMillis(Instant at) {
        return Objects.requireNonNull(at, "instant").getNano() % 1_000_000;
    }

    static Instant instant(long millis, int subMillis) {
        if (subMillis < 0 || subMillis > 999_999) {
            throw new IllegalArgumentException("sub-millisecond nanoseconds out of range: " + subMillis);
        }
        return Instant.ofEpochMilli(millis).plusNanos(subMillis);
    }

    static long durationMillis(Duration d) {
        return Objects.requireNonNull(d, "duration").toMillis();
    }

    static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    static LocalDate dayOrNull(String wire, String field) {
        if (wire == null || wire.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(wire);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not an ISO date", e);
        }
    }

    /** Echoes a client's value in an error without letting a huge or control-laden one through. */
    static String quoted(String wire) {
        String shown = wire.length() > 40 ? wire.substring(0, 40) + "…" : wire;
        return '"' + shown.replaceAll("\\p{Cntrl}", "?") + '"';
    }
}
