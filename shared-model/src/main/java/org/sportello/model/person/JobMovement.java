package org.sportello.model.person;

import java.time.LocalDate;
import java.util.Objects;

/** One change in a person's work, from a company's mandatory communication. */
public record JobMovement(Kind kind, LocalDate effectiveOn, String employerTaxCode, String employerName,
                          String contractType, String occupation) {
    public enum Kind {
        HIRING,
        TERMINATION,
        TRANSFORMATION,
        EXTENSION
    }

    public JobMovement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveOn, "effectiveOn");
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(employerTaxCode, "employerTaxCode");
    }
}
