package org.sportello.selfservice;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sportello.model.offers.Fit;

/**
 * What a health card shown at the terminal tells it: only the first name (never more of the citizen)
 * and the fit of offers. {@code known} is false when the office has no file for that card.
 */
public record CardFit(boolean known, String firstName, List<OfferFit> fits) {
    public static final CardFit UNKNOWN = new CardFit(false, "", List.of());

    public CardFit {
        firstName = firstName == null ? "" : firstName;
        fits = List.copyOf(fits);
    }

    /** One offer's fit. */
    public record OfferFit(String offerId, Fit fit) {
    }

    public Map<String, Fit> byOffer() {
        return fits.stream().collect(Collectors.toMap(OfferFit::offerId, OfferFit::fit, (a, b) -> a));
    }
}
