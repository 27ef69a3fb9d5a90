package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One agreed measure of a service pact: what, when, who does it (and in words what), and whether it
 * was done.
 */
public record Measure(UUID id, MeasureKind kind, LocalDate on, Party who, String what, boolean done) {
    public static final int MAX_WHAT = 300;

    public Measure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(who, "who");
        what = what == null ? "" : what.strip();
        if (what.length() > MAX_WHAT) {
            throw new IllegalArgumentException("a measure's description has at most " + MAX_WHAT + " characters");
        }
    }
}
