package org.sportello.model.vacancies;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One contact with a candidate about a vacancy, as the operator logged it. {@code shareContact}: the
 * candidate agreed that the company may have their phone and e-mail (GDPR: otherwise the shortlist gives
 * their name only, and the company goes through the office).
 */
public record Contact(UUID id, UUID vacancyId, String codiceFiscale, String name, Instant at, String operator,
                      ContactOutcome outcome, boolean shareContact, String note) {
    public Contact {
        Objects.requireNonNull(vacancyId, "vacancyId");
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(outcome, "outcome");
        note = note == null || note.isBlank() ? null : note.strip();
    }
}
