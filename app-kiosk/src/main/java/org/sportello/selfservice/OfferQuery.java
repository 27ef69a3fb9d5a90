package org.sportello.selfservice;

import java.util.Objects;
import java.util.Set;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;

/**
 * A search as the citizen has set it: the words in <i>Cosa</i> and <i>Dove</i> and the filter chips.
 *
 * @param km                  radius around {@code where}; 0 for the office's default
 * @param hours               null for any
 * @param province            two letters, or empty for any
 * @param publishedWithinDays 0 for any
 */
public record OfferQuery(String what, String where, int km, Set<ContractType> contracts, OfferHours hours,
                         String province, int publishedWithinDays, int limit) {
    public static final int LIMIT = 50;
    public static final OfferQuery EVERYTHING = new OfferQuery("", "", 0, Set.of(), null, "", 0, LIMIT);

    public OfferQuery {
        what = Objects.requireNonNullElse(what, "").strip();
        where = Objects.requireNonNullElse(where, "").strip();
        contracts = contracts == null ? Set.of() : Set.copyOf(contracts);
        province = Objects.requireNonNullElse(province, "");
    }
}
