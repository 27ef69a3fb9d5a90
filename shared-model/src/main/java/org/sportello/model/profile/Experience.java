package org.sportello.model.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A past or current job: employer, role (an ISCO-08 code from {@link Occupations} and the person's own
 * words for it), from and to (to is null while it lasts).
 */
public record Experience(String employer, String occupationCode, String role, LocalDate from, LocalDate to) {
    public Experience {
        employer = Texts.clean(employer);
        occupationCode = Texts.clean(occupationCode);
        role = Texts.clean(role);
        Objects.requireNonNull(employer, "employer");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a job cannot end before it started");
        }
    }
}
