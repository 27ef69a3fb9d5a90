package org.sportello.model.agenda;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A time the calendar's owner is away (leave, training, illness): no slot overlapping it is offered. */
public record Absence(LocalDateTime from, LocalDateTime to, String reason) {
    public Absence {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an absence must end after it starts");
        }
        reason = reason == null ? "" : reason.strip();
    }

    /** Whole days, {@code first} to {@code last} included. */
    public static Absence days(LocalDate first, LocalDate last, String reason) {
        return new Absence(first.atStartOfDay(), last.plusDays(1).atStartOfDay(), reason);
    }

    boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return from.isBefore(end) && start.isBefore(to);
    }
}
