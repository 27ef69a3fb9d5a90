package org.sportello.selfservice;

import java.time.LocalDate;
import java.util.Objects;

/** A training course or workshop on the calendar. {@code seats} is 0 when the provider gave none. */
public record Course(String id, Kind kind, String title, String provider, String description, String municipality,
                     String province, String place, LocalDate starts, LocalDate ends, int seats) {
    public enum Kind { COURSE, WORKSHOP }

    public Course {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(starts, "starts");
        ends = ends == null || ends.isBefore(starts) ? starts : ends;
    }

    /** A one-day workshop shows one date; a course shows "from… to…". */
    public boolean oneDay() {
        return ends.equals(starts);
    }
}
