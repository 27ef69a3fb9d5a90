package org.sportello.model.company;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Whether a communication handed in on {@code handedInOn} met its deadline, and by how many days it missed it. */
public record Lateness(LocalDate deadline, LocalDate handedInOn, boolean late, long daysLate) {
    public Lateness {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handedInOn, "handedInOn");
    }

    public static Lateness of(LocalDate deadline, LocalDate handedInOn) {
        long days = ChronoUnit.DAYS.between(deadline, handedInOn);
        return new Lateness(deadline, handedInOn, days > 0, Math.max(0, days));
    }
}
