package org.sportello.model.cases;

/**
 * An office's minimum contact plan (ADR 29): {@code talksRequired} job talks within {@code talksWeeks}
 * weeks of the DID; the first offer of a job or measure within {@code firstOfferMonthsOuter} months of the
 * DID for people younger than {@code youngBelow} or older than {@code olderAbove} on the DID's day, within
 * {@code firstOfferMonthsMiddle} months for the ages in between (both ends included).
 */
public record ContactPlanRules(int talksRequired, int talksWeeks, int youngBelow, int olderAbove,
                               int firstOfferMonthsOuter, int firstOfferMonthsMiddle) {
    /** Seed 003 (the Danish jobcenter's minimum effort), the shipped defaults of migration V11_1. */
    public static final ContactPlanRules SHIPPED = new ContactPlanRules(6, 26, 30, 50, 3, 6);

    public ContactPlanRules {
        if (talksRequired < 0 || talksWeeks < 1 || youngBelow < 0 || olderAbove < youngBelow
                || firstOfferMonthsOuter < 1 || firstOfferMonthsMiddle < 1) {
            throw new IllegalArgumentException("a contact plan needs positive periods and youngBelow <= olderAbove");
        }
    }
}
