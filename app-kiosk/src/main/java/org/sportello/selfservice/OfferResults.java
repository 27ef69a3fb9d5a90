package org.sportello.selfservice;

import java.util.List;

/**
 * The answer to a search: the hits (at most the limit), how many matched in all, the counts the filter
 * chips show, and the place in <i>Dove</i> when the office does not know it (empty otherwise).
 */
public record OfferResults(List<OfferHit> hits, int total, List<FacetCount> facets, String whereUnknown) {
    public static final OfferResults NONE = new OfferResults(List.of(), 0, List.of(), "");

    public OfferResults {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
        whereUnknown = whereUnknown == null ? "" : whereUnknown;
    }

    /** How many offers a chip would show: facet {@code contract}, {@code hours} or {@code province}. */
    public int count(String facet, String value) {
        return facets.stream().filter(f -> f.facet().equals(facet) && f.value().equalsIgnoreCase(value))
                .mapToInt(FacetCount::count).sum();
    }

    /** One filter chip's count. */
    public record FacetCount(String facet, String value, int count) {
    }
}
