package org.sportello.model.profile;

import java.time.LocalDate;

/** One line of a search for a citizen: enough to pick the right person, nothing more. */
public record PersonMatch(String codiceFiscale, String familyName, String givenNames, LocalDate birthDate) {
}
