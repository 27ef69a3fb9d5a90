package org.sportello.model.agenda;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a booked citizen may check in at the kiosk, and what happens to those who may not (ADR 34).
 *
 * @param early          check-in (and the call) from the appointment's start less this
 * @param late           check-in until its start plus this; not checked in by its end plus this, it is a no-show
 * @param walkInFallback a citizen turned away gets a walk-in ticket instead, and is told why
 * @param service        the service (prefix) appointment tickets are numbered in and walk-ins fall back to
 */
public record CheckInRule(Duration early, Duration late, boolean walkInFallback, String service) {
    public static final CheckInRule SHIPPED = new CheckInRule(Duration.ofMinutes(15), Duration.ofMinutes(15), true,
            "E");

    public CheckInRule {
        Objects.requireNonNull(early, "early");
        Objects.requireNonNull(late, "late");
        Objects.requireNonNull(service, "service");
        if (early.isNegative() || late.isNegative() || early.toMinutes() > 240 || late.toMinutes() > 240) {
            throw new IllegalArgumentException("the margins are 0 to 240 minutes");
        }
    }

    /** Where a check-in at {@code now} stands against an appointment starting at {@code start}. */
    public Timing timing(Instant start, Instant now, ZoneId zone) {
        if (!start.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate())) {
            return Timing.OTHER_DAY;
        }
        if (now.isBefore(callFrom(start))) {
            return Timing.TOO_EARLY;
        }
        return now.isAfter(start.plus(late)) ? Timing.TOO_LATE : Timing.ON_TIME;
    }

    /** When its ticket may first be called. */
    public Instant callFrom(Instant start) {
        return start.minus(early);
    }

    /** From when an appointment still booked is a no-show. */
    public Instant noShowAfter(Instant end) {
        return end.plus(late);
    }

    public enum Timing {
        ON_TIME,
        TOO_EARLY,
        TOO_LATE,
        OTHER_DAY
    }
}
