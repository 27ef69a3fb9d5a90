package org.sportello.model.vacancies;

import java.util.Objects;
import org.sportello.model.offers.Fit;

/**
 * A citizen of this office with a DID in force, as a candidate for a vacancy: the fit (score and reasons)
 * and the latest contact's outcome (null before any).
 */
public record Candidate(String codiceFiscale, String name, Fit fit, ContactOutcome lastOutcome) {
    public Candidate {
        Objects.requireNonNull(codiceFiscale, "codiceFiscale");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fit, "fit");
    }
}
