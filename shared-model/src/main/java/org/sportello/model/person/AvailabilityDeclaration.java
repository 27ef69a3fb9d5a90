package org.sportello.model.person;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A declaration of immediate availability (DID): in force from the day it was made until the day it ended
 * (withdrawn or lapsed), that day excluded: a DID withdrawn today no longer counts today (ADR 29).
 */
public record AvailabilityDeclaration(LocalDate declaredOn, LocalDate endedOn) {
    public AvailabilityDeclaration {
        Objects.requireNonNull(declaredOn, "declaredOn");
        if (endedOn != null && endedOn.isBefore(declaredOn)) {
            throw new IllegalArgumentException("a declaration cannot end before it was made");
        }
    }

    /** In force on {@code day}: made by then and not ended by then. */
    public boolean inForceOn(LocalDate day) {
        return !declaredOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
