package org.sportello.server.offers;

import java.time.LocalDate;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;

/**
 * One line of the results: what a terminal lists. {@code employer} null: reserved; {@code km} from the
 * "Dove" asked, NaN when none was asked or the offer is not located.
 */
public record OfferHit(String id, String title, String employer, String municipality, String province, double km,
                       float score, ContractType contract, OfferHours hours, LocalDate published, LocalDate expires) {
}
