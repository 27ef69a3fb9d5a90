package org.sportello.server.offers;

import java.util.List;

/**
 * A search's answer: the best hits (at most the limit), how many offers matched in all, the chips'
 * counts, and the "Dove" the places file did not know (null when known or not asked).
 */
public record OfferResults(List<OfferHit> hits, int total, List<FacetCount> facets, String whereUnknown) {
    public OfferResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }
}
