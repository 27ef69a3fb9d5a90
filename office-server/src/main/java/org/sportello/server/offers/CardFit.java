package org.sportello.server.offers;

import java.util.List;
import org.sportello.model.offers.Fit;

/**
 * What a self-consultation terminal may learn when a health card is shown: whether the office knows the
 * citizen, their first name, and the fit of offers (scores and reasons, the reasons' values limited to
 * the offers' own words and numbers by {@link CardFits}). Nothing else of the file.
 */
public record CardFit(boolean known, String firstName, List<OfferFit> fits) {
    public static final CardFit UNKNOWN = new CardFit(false, "", List.of());

    /** One offer's fit. */
    public record OfferFit(String offerId, Fit fit) {
    }

    public CardFit {
        fits = List.copyOf(fits);
    }
}
