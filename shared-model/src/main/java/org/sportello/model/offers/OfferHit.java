package org.sportello.model.offers;

import java.time.LocalDate;

/**
 * One line of the results: what a terminal lists. {@code employer} null: reserved; {@code km} from the
 * "Dove" asked, NaN (or negative, as the wire says it) when none was asked or the offer is not located;
 * {@code contract} and {@code hours} null when a newer server sent a value this station does not know.
 */
public record OfferHit(String id, String title, String employer, String municipality, String province, double km,
                       float score, ContractType contract, OfferHours hours, LocalDate published, LocalDate expires) {
    public boolean located() {
        return km >= 0; // false for NaN too
    }
}
