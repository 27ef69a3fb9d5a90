package org.sportello.model.offers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the job-offer catalogue, whatever its source. {@code employer} is null when the company
 * did not agree to publish its name (terminals print "riservato"); {@code isco} is an ISCO-08 code;
 * {@code howToApply} is the text a citizen takes away (may be null: then "ask at the desk").
 * An offer is shown from {@code published} to {@code expires}, both days included.
 */
public record JobOffer(String id, OfferSource source, String title, String description, String employer,
                       Workplace workplace, String isco, ContractType contract, OfferHours hours,
                       int positions, LocalDate published, LocalDate expires, Requirements requirements,
                       String howToApply) {
    public JobOffer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(expires, "expires");
        requirements = Objects.requireNonNullElse(requirements, Requirements.NONE);
        if (expires.isBefore(published)) {
            throw new IllegalArgumentException("an offer cannot expire before it is published");
        }
        if (positions < 1) {
            throw new IllegalArgumentException("an offer has at least one position");
        }
    }

    /** Shown on {@code day}: published and not yet expired. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(published) && !day.isAfter(expires);
    }
}
