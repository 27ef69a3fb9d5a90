package org.sportello.model.offers;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A search of the catalogue as a terminal or a desk asks it: the words ("Cosa"), a municipality
 * ("Dove") and a radius, and the filter chips. Empty or zero parts do not filter.
 *
 * @param km      radius around {@code where}; 0 for {@link #DEFAULT_KM}
 * @param hours   null: any
 * @param province two letters, null: any
 * @param withinDays published in the last N days, 0: any
 * @param limit   hits returned, 1 to {@link #MAX_LIMIT}; 0 for {@link #DEFAULT_LIMIT}
 */
public record OfferQuery(String what, String where, int km, Set<ContractType> contracts, OfferHours hours,
                         String province, int withinDays, int limit) {
    public static final int DEFAULT_KM = 20;
    public static final int MAX_KM = 500;
    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_WHAT = 200;
    public static final int MAX_WITHIN_DAYS = 3660;
    public static final OfferQuery EVERYTHING = all();

    public OfferQuery {
        what = what == null ? "" : what;
        where = where == null ? "" : where.strip();
        contracts = contracts == null || contracts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(contracts));
        province = province == null || province.isBlank() ? null : province.strip().toUpperCase(Locale.ROOT);
        if (what.length() > MAX_WHAT) {
            throw new IllegalArgumentException("what must have at most " + MAX_WHAT + " characters");
        }
        if (km < 0 || km > MAX_KM) {
            throw new IllegalArgumentException("km must be 0 to " + MAX_KM);
        }
        if (withinDays < 0 || withinDays > MAX_WITHIN_DAYS) {
            throw new IllegalArgumentException("published within must be 0 to " + MAX_WITHIN_DAYS + " days");
        }
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 0 to " + MAX_LIMIT);
        }
        if (province != null && !province.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("province must be two letters");
        }
        limit = limit == 0 ? DEFAULT_LIMIT : limit;
    }

    /** Every open offer, newest first. */
    public static OfferQuery all() {
        return text("");
    }

    public static OfferQuery text(String what) {
        return new OfferQuery(what, "", 0, Set.of(), null, null, 0, 0);
    }

    public OfferQuery near(String municipality, int radiusKm) {
        return new OfferQuery(what, municipality, radiusKm, contracts, hours, province, withinDays, limit);
    }

    public OfferQuery withContracts(Set<ContractType> c) {
        return new OfferQuery(what, where, km, c, hours, province, withinDays, limit);
    }

    public OfferQuery withHours(OfferHours h) {
        return new OfferQuery(what, where, km, contracts, h, province, withinDays, limit);
    }

    public OfferQuery inProvince(String p) {
        return new OfferQuery(what, where, km, contracts, hours, p, withinDays, limit);
    }

    public OfferQuery publishedWithin(int days) {
        return new OfferQuery(what, where, km, contracts, hours, province, days, limit);
    }

    public OfferQuery limit(int n) {
        return new OfferQuery(what, where, km, contracts, hours, province, withinDays, n);
    }

    public int radiusKm() {
        return km == 0 ? DEFAULT_KM : km;
    }
}
