package org.sportello.server.offers;

import java.time.LocalDate;
import java.util.List;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;

/** Offers and places for the catalogue's tests, around Bologna; the tests' day is 2026-11-24. */
final class Offers {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Place BOLOGNA = new Place("Bologna", "BO", 44.4949, 11.3426);
    static final Place IMOLA = new Place("Imola", "BO", 44.3533, 11.7141);
    static final Place CASALECCHIO = new Place("Casalecchio di Reno", "BO", 44.4757, 11.2749);
    static final Place MODENA = new Place("Modena", "MO", 44.6471, 10.9252);
    static final Place SAN_LAZZARO = new Place("San Lazzaro di Savena", "BO", 44.4707, 11.4080);
    static final List<Place> PLACES = List.of(BOLOGNA, IMOLA, CASALECCHIO, MODENA, SAN_LAZZARO);

    private Offers() {
    }

    static JobOffer offer(String id, String title, String description, Place where, ContractType contract,
                          OfferHours hours, String... skills) {
        return offer(id, title, description, "Logistica Emiliana srl", where, contract, hours, TODAY.minusDays(5),
                TODAY.plusDays(30), skills);
    }

    static JobOffer offer(String id, String title, String description, String employer, Place where,
                          ContractType contract, OfferHours hours, LocalDate published, LocalDate expires,
                          String... skills) {
        return new JobOffer(id, OfferSource.IMPORTED, title, description, employer,
                new Workplace(where.name(), where.province(), where.lat(), where.lon()), "9333", contract, hours, 1,
                published, expires, new Requirements(-1, 0, List.of(skills), List.of(), null), null);
    }
}
