package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Something due on a case by a day. For a measure, its kind and id; for the plan's talks, how many are
 * still missing in {@code missing}.
 */
public record Deadline(LocalDate on, DeadlineKind what, MeasureKind measure, UUID measureId, int missing) {
    public Deadline {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(what, "what");
    }

    public static Deadline measure(Measure m) {
        return new Deadline(m.on(), DeadlineKind.MEASURE, m.kind(), m.id(), 0);
    }
}
