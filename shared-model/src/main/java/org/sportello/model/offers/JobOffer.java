package org.sportello.model.offers;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of the job-offer catalogue, whatever its source. {@code employer} is null when the company
 * did not agree to publish its name (terminals print "riservato"); {@code isco} is an ISCO-08 code;
 * {@code howToApply} is the text a citizen takes away (may be null: then "ask at the desk", or, for another
 * office's offer, "apply through" its {@code publisher}, which is null for every other source).
 * An offer is shown from {@code published} to {@code expires}, both days included.
 */
public record JobOffer(String id, OfferSource source, String title, String description, String employer,
                       Workplace workplace, String isco, ContractType contract, OfferHours hours,
                       int positions, LocalDate published, LocalDate expires, Requirements requirements,
                       String howToApply, OfferPublisher publisher) {
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

    /** An offer no office published for the catalogue (imported, or this office's own). */
    public JobOffer(String id, OfferSource source, String title, String description, String employer,
                    Workplace workplace, String isco, ContractType contract, OfferHours hours, int positions,
                    LocalDate published, LocalDate expires, Requirements requirements, String howToApply) {
        this(id, source, title, description, employer, workplace, isco, contract, hours, positions, published,
                expires, requirements, howToApply, null);
    }

    /**
     * The citizen applies through the publishing office: the offer has no public "how to apply" (the company
     * kept its contacts reserved) and another office published it. The words are the screen's, in its language.
     */
    public boolean appliesThroughPublisher() {
        return (howToApply == null || howToApply.isBlank()) && publisher != null;
    }

    /** Shown on {@code day}: published and not yet expired. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(published) && !day.isAfter(expires);
    }
}
