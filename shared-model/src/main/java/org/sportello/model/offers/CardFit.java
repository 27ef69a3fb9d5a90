package org.sportello.model.offers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a self-consultation terminal may learn when a health card is shown: whether the office knows the
 * citizen, their first name, and the fit of offers (scores and reasons, the reasons' values limited to
 * the offers' own words and numbers by the server). Nothing else of the file.
 */
public record CardFit(boolean known, String firstName, List<OfferFit> fits) {
    public static final CardFit UNKNOWN = new CardFit(false, "", List.of());

    /** One offer's fit. */
    public record OfferFit(String offerId, Fit fit) {
    }

    public CardFit {
        firstName = firstName == null ? "" : firstName;
        fits = List.copyOf(fits);
    }

    public Map<String, Fit> byOffer() {
        return fits.stream().collect(Collectors.toMap(OfferFit::offerId, OfferFit::fit, (a, b) -> a));
    }
}
