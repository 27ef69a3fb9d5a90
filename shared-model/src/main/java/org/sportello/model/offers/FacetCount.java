package org.sportello.model.offers;

/**
 * How many offers a filter chip would show: for a facet ({@code contract}, {@code hours}, {@code province})
 * and one value, counted with every other filter applied but this facet's own, so tapping it never leads
 * to an empty list.
 */
public record FacetCount(String facet, String value, int count) {
    public static final String CONTRACT = "contract";
    public static final String HOURS = "hours";
    public static final String PROVINCE = "province";
}
