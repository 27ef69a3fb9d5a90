package org.sportello.model.offers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A training course or a workshop of the terminal's calendar: who runs it, where ({@code place} is an
 * address or a room), from {@code starts} to {@code ends} (both included), and its seats (0: not said).
 */
public record Course(String id, Kind kind, String title, String provider, String description, String municipality,
                     String province, String place, LocalDate starts, LocalDate ends, int seats) {
    public enum Kind { COURSE, WORKSHOP }

    public Course {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(starts, "starts");
        Objects.requireNonNull(ends, "ends");
        description = Objects.requireNonNullElse(description, "");
        place = Objects.requireNonNullElse(place, "");
        if (ends.isBefore(starts)) {
            throw new IllegalArgumentException("a course cannot end before it starts");
        }
        if (seats < 0) {
            throw new IllegalArgumentException("seats cannot be negative");
        }
    }

    /** A one-day workshop shows one date; a course shows "from… to…". */
    public boolean oneDay() {
        return ends.equals(starts);
    }

    /** Runs on some day between {@code from} and {@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !ends.isBefore(from) && !starts.isAfter(to);
    }
}
