package org.sportello.server.offers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sportello.server.offers.Offers.BOLOGNA;
import static org.sportello.server.offers.Offers.CASALECCHIO;
import static org.sportello.server.offers.Offers.IMOLA;
import static org.sportello.server.offers.Offers.MODENA;
import static org.sportello.server.offers.Offers.SAN_LAZZARO;
import static org.sportello.server.offers.Offers.TODAY;
import static org.sportello.server.offers.Offers.offer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.OfferHours;
import org.sportello.server.testing.TestOffice;
import org.sportello.model.offers.OfferHit;
import org.sportello.model.offers.FacetCount;
import org.sportello.model.offers.OfferResults;
import org.sportello.model.offers.OfferQuery;

/** Search in Italian over a real office database and its index on disk (issue 12, ADR 32). */
class OfferSearchTest {
    @TempDir
    Path dir;
    private TestOffice office;
    private OfficeOffers offers;

    @BeforeEach
    void catalogue() {
        office = TestOffice.embedded(dir);
        offers = office.connection().offers();
        offers.places().putAll(Offers.PLACES);
        offers.putAll(List.of(
                offer("mag-1", "Magazziniere", "Carico e scarico merci, inventario.", BOLOGNA,
                        ContractType.PERMANENT, OfferHours.FULL, "muletto", "inventario"),
                offer("mag-2", "Magazziniera con patentino", "Gestione del magazzino ricambi.", IMOLA,
                        ContractType.FIXED_TERM, OfferHours.FULL, "carrello elevatore"),
                offer("pul-1", "Addetto alle pulizie", "Pulizia di uffici in orario serale.", CASALECCHIO,
                        ContractType.TEMPORARY, OfferHours.PART),
                offer("bar-1", "Barista", "Preparazione di caffè e colazioni; pulizie del locale la sera.", BOLOGNA,
                        ContractType.APPRENTICESHIP, OfferHours.PART, "caffetteria"),
                offer("inf-1", "Infermiere professionale", "Reparto di geriatria, turni.", MODENA,
                        ContractType.PERMANENT, OfferHours.FULL),
                offer("cam-1", "Cameriera di sala", "Servizio ai tavoli.", "Trattoria Müller", SAN_LAZZARO,
                        ContractType.FIXED_TERM, OfferHours.PART, TODAY.minusDays(1), TODAY.plusDays(10))));
    }

    @AfterEach
    void close() {
        office.close();
    }

    private List<String> ids(OfferQuery q) {
        return offers.search(q).hits().stream().map(OfferHit::id).toList();
    }

    private List<String> ids(String what) {
        return ids(OfferQuery.text(what + " "));
    }

    @Test
    void pluralsAndFeminineFormsFindTheSameJob() {
        assertThat(ids("magazzinieri")).contains("mag-1", "mag-2");
        assertThat(ids("magazziniera")).contains("mag-1", "mag-2");
        assertThat(ids("infermiera")).containsExactly("inf-1");
        assertThat(ids("camerieri")).containsExactly("cam-1");
    }

    @Test
    void elisionsAreCutWithEitherApostrophe() {
        assertThat(ids("l'addetta")).containsExactly("pul-1");
        assertThat(ids("l’addetta")).containsExactly("pul-1");
        assertThat(ids("dell'ufficio")).containsExactly("pul-1");
    }

    @Test
    void accentsAreFoldedBothWays() {
        assertThat(ids("caffe")).containsExactly("bar-1");
        assertThat(ids("CAFFÈ")).containsExactly("bar-1");
        assertThat(ids("muller")).containsExactly("cam-1");
    }

    @Test
    void stopWordsNeitherMatchNorNarrow() {
        assertThat(ids("addetto alle pulizie")).isEqualTo(ids("addetto pulizie")).containsExactly("pul-1");
        // Only stop words: no word left, every open offer.
        assertThat(offers.search(OfferQuery.text("di la")).total()).isEqualTo(6);
    }

    @Test
    void everyWordMustBeFoundSomewhere() {
        assertThat(ids("magazziniere muletto")).containsExactly("mag-1");
        assertThat(ids("magazziniere geriatria")).isEmpty();
    }

    @Test
    void aTitleOutranksADescriptionThatMentionsTheWord() {
        List<OfferHit> hits = offers.search(OfferQuery.text("pulizie ")).hits();
        assertThat(hits).extracting(OfferHit::id).containsExactly("pul-1", "bar-1");
        assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score() * 2);
    }

    @Test
    void theWordBeingTypedMatchesAsABeginning() {
        assertThat(ids(OfferQuery.text("magazz"))).contains("mag-1", "mag-2");
        assertThat(ids(OfferQuery.text("infer"))).containsExactly("inf-1");
    }

    @Test
    void distanceFiltersByStraightLineFromTheMunicipality() {
        assertThat(GeoDistance.km(BOLOGNA.lat(), BOLOGNA.lon(), IMOLA.lat(), IMOLA.lon())).isCloseTo(33.4, within(1.0));
        assertThat(ids(OfferQuery.all().near("Bologna", 10))).containsExactlyInAnyOrder("mag-1", "bar-1", "pul-1",
                "cam-1");
        assertThat(ids(OfferQuery.all().near("bologna (bo)", 30))).doesNotContain("mag-2", "inf-1");
        OfferResults near40 = offers.search(OfferQuery.text("magazziniere").near("Bologna", 40));
        assertThat(near40.hits()).extracting(OfferHit::id).containsExactlyInAnyOrder("mag-1", "mag-2");
        OfferHit imola = near40.hits().stream().filter(h -> h.id().equals("mag-2")).findFirst().orElseThrow();
        assertThat(imola.km()).isCloseTo(33.4, within(1.0));
        // Modena is ~37 km from Bologna.
        assertThat(ids(OfferQuery.all().near("Bologna", 36))).doesNotContain("inf-1");
        assertThat(ids(OfferQuery.all().near("Bologna", 38))).contains("inf-1");
    }

    @Test
    void aPlaceTheFileDoesNotKnowIsSaidAndMatchedByName() {
        OfferResults r = offers.search(OfferQuery.all().near("Vattelapesca", 10));
        assertThat(r.whereUnknown()).isEqualTo("Vattelapesca");
        assertThat(r.hits()).isEmpty();
        assertThat(offers.search(OfferQuery.all().near("Bologna", 10)).whereUnknown()).isNull();
    }

    @Test
    void expiredOrNotYetPublishedOffersNeverShow() {
        offers.putAll(List.of(
                offer("old", "Magazziniere notturno", "", "Ditta", BOLOGNA, ContractType.PERMANENT, OfferHours.FULL,
                        TODAY.minusDays(60), TODAY.minusDays(1)),
                offer("last-day", "Magazziniere festivo", "", "Ditta", BOLOGNA, ContractType.PERMANENT,
                        OfferHours.FULL, TODAY.minusDays(60), TODAY),
                offer("future", "Magazziniere estivo", "", "Ditta", BOLOGNA, ContractType.PERMANENT, OfferHours.FULL,
                        TODAY.plusDays(1), TODAY.plusDays(30))));
        assertThat(ids("magazziniere")).contains("last-day").doesNotContain("old", "future");
        assertThat(offers.openOn(TODAY)).extracting(o -> o.id()).contains("last-day").doesNotContain("old", "future");
        office.clock().advance(Duration.ofDays(1));
        assertThat(ids("magazziniere")).contains("future").doesNotContain("old", "last-day");
    }

    @Test
    void filtersNarrowAndChipsCountWhatTappingWouldShow() {
        OfferQuery q = OfferQuery.all().withContracts(Set.of(ContractType.PERMANENT));
        OfferResults r = offers.search(q);
        assertThat(r.hits()).extracting(OfferHit::id).containsExactlyInAnyOrder("mag-1", "inf-1");
        assertThat(r.total()).isEqualTo(2);
        // The contract chips count without the contract filter; the others with it.
        assertThat(r.facets()).contains(new FacetCount("contract", "permanent", 2),
                new FacetCount("contract", "fixed-term", 2), new FacetCount("contract", "temporary", 1),
                new FacetCount("hours", "full", 2), new FacetCount("hours", "part", 0),
                new FacetCount("province", "BO", 1), new FacetCount("province", "MO", 1));
        assertThat(ids(q.withHours(OfferHours.FULL).inProvince("mo"))).containsExactly("inf-1");
        assertThat(ids(OfferQuery.all().withHours(OfferHours.PART))).containsExactlyInAnyOrder("pul-1", "bar-1", "cam-1");
        assertThat(ids(OfferQuery.all().publishedWithin(2))).containsExactly("cam-1");
    }

    @Test
    void withoutWordsTheNewestComeFirstAndTheLimitHolds() {
        OfferResults r = offers.search(OfferQuery.all().limit(2));
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.hits()).hasSize(2);
        assertThat(r.hits().getFirst().id()).isEqualTo("cam-1");
    }

    @Test
    void putReplacesAndWithdrawRemoves() {
        offers.put(offer("mag-1", "Carrellista", "", BOLOGNA, ContractType.PERMANENT, OfferHours.FULL));
        assertThat(ids("carrellista")).containsExactly("mag-1");
        assertThat(ids("magazziniere")).doesNotContain("mag-1");
        offers.withdraw("mag-1");
        assertThat(ids("carrellista")).isEmpty();
        assertThat(offers.find("mag-1")).isEmpty();
        offers.withdraw("never-there");
    }

    @Test
    void anOfferWithoutCoordinatesIsLocatedByThePlacesFile() {
        offers.put(new org.sportello.model.offers.JobOffer("loc-1", org.sportello.model.offers.OfferSource.IMPORTED,
                "Giardiniere", "", null, new org.sportello.model.offers.Workplace("imola", "BO", null, null), null,
                ContractType.PERMANENT, OfferHours.FULL, 1, TODAY, TODAY.plusDays(3), null, null));
        assertThat(offers.find("loc-1").orElseThrow().workplace().located()).isTrue();
        assertThat(ids(OfferQuery.text("giardiniere").near("Imola", 5))).containsExactly("loc-1");
        assertThat(offers.search(OfferQuery.text("giardiniere")).hits().getFirst().employer()).isNull();
    }
}
