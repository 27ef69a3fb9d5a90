package org.sportello.model.company;

import java.time.LocalDate;
import java.util.Objects;
import org.sportello.model.person.JobMovement;

/**
 * By when a communication of one kind must reach the office: {@code days} after the day the event
 * happens (negative: before it). Shipped defaults: a hiring by the day before work starts (-1), a
 * termination within 5 days (+5); transformations and extensions within 5 days too (office data, the
 * office may change them).
 */
public record DeadlineRule(JobMovement.Kind kind, int days) {
    public static final int MAX_DAYS = 366;

    public DeadlineRule {
        Objects.requireNonNull(kind, "kind");
        if (Math.abs(days) > MAX_DAYS) {
            throw new IllegalArgumentException("a deadline is at most " + MAX_DAYS + " days from the event");
        }
    }

    public LocalDate deadline(LocalDate eventOn) {
        return eventOn.plusDays(days);
    }
}
