package org.sportello.model.agenda;

import java.time.LocalTime;
import java.util.Objects;

/** A stretch of one day's wall-clock time, start included, end excluded. */
public record TimeRange(LocalTime from, LocalTime to) {
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a time range must end after it starts: " + from + "-" + to);
        }
    }

    public static TimeRange of(String from, String to) {
        return new TimeRange(LocalTime.parse(from), LocalTime.parse(to));
    }

    boolean overlaps(TimeRange other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "-" + to;
    }
}
