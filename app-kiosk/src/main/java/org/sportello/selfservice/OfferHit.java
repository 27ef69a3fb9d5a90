package org.sportello.selfservice;

import java.time.LocalDate;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;

/**
 * One line of the results.
 *
 * @param employer null when the company keeps its name reserved
 * @param km       distance from the place in <i>Dove</i>; negative when not asked or not located
 * @param contract null for a contract this terminal does not know (a newer server)
 * @param hours    null likewise
 */
public record OfferHit(String id, String title, String employer, String municipality, String province, double km,
                       ContractType contract, OfferHours hours, LocalDate published, LocalDate expires) {
    public boolean located() {
        return km >= 0;
    }
}
