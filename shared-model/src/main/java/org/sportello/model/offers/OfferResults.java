package org.sportello.model.offers;

import java.util.List;

/**
 * A search's answer: the best hits (at most the limit), how many offers matched in all, the chips'
 * counts, and the "Dove" the places file did not know (null when known or not asked).
 */
public record OfferResults(List<OfferHit> hits, int total, List<FacetCount> facets, String whereUnknown) {
    public static final OfferResults NONE = new OfferResults(List.of(), 0, List.of(), null);

    public OfferResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /** How many offers a chip would show: facet {@code contract}, {@code hours} or {@code province}. */
    public int count(String facet, String value) {
        return facets.stream().filter(f -> f.facet().equals(facet) && f.value().equalsIgnoreCase(value))
                .mapToInt(FacetCount::count).sum();
    }
}
