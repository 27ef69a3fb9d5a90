package org.sportello.model.cases;

import java.time.LocalDate;

/**
 * The contact plan's deadlines for one DID.
 *
 * @param talksBy          the day by which the required talks are due (DID + the window's weeks)
 * @param ageOnDid         completed years on the DID's day
 * @param firstOfferMonths the months the person's age gives for the first offer
 * @param firstOfferDue    the last day for the first offer (DID + those months, clamped to the month's end)
 */
public record PlanDeadlines(LocalDate talksBy, int ageOnDid, int firstOfferMonths, LocalDate firstOfferDue) {
}
