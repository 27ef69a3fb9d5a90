package org.sportello.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sportello.devices.printer.OfferSlip;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferPublisher;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;

/**
 * The printed offer's "how to apply" in every terminal language: the offer's own words, or for another office's
 * reserved offer that office (with its address when known) and the reference to quote, never the company; the
 * desk only when there is nothing else.
 */
class OfferSlipsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final OfferPublisher IMOLA = new OfferPublisher("Centro per l'Impiego di Imola",
            "Viale Dante 5, 40026 Imola", "V-1A2B3C4D");

    private static JobOffer offer(OfferSource source, String employer, String howToApply, OfferPublisher publisher) {
        return new JobOffer("vacancy-0190a1b2-0000-7000-8000-00001a2b3c4d", source, "Magazziniera", "Turni",
                employer, new Workplace("Imola", "BO", null, null), "432", ContractType.FIXED_TERM, OfferHours.FULL, 1,
                TODAY.minusDays(2), TODAY.plusDays(30), Requirements.NONE, howToApply, publisher);
    }

    private static String apply(OfferSlip slip, TerminalTexts t) {
        return slip.lines().stream().filter(l -> l.label().equals(t.get("offer.apply"))).map(OfferSlip.Line::text)
                .findFirst().orElseThrow();
    }

    @Test
    void aReservedOfferOfAnotherOfficeNamesThatOfficeAndTheReferenceInEveryTerminalLanguage() {
        JobOffer reserved = offer(OfferSource.OTHER_OFFICE, null, null, IMOLA);
        assertThat(TerminalTexts.LANGUAGES).as("each language below").containsExactly(KioskLanguage.ITALIAN,
                KioskLanguage.ENGLISH);
        TerminalTexts it = TerminalTexts.of(KioskLanguage.ITALIAN);
        OfferSlip slip = OfferSlips.compose(it, "Centro per l'Impiego di Bologna", reserved, TODAY);
        assertThat(apply(slip, it)).isEqualTo("Si candidi tramite l'ufficio che ha pubblicato l'offerta: Centro per"
                + " l'Impiego di Imola, Viale Dante 5, 40026 Imola. Citi il riferimento dell'offerta V-1A2B3C4D.");
        assertThat(slip.lines()).extracting(OfferSlip.Line::text).contains("Azienda riservata");
        assertThat(slip.officeName()).as("the header is the terminal's office").isEqualTo("Centro per l'Impiego di Bologna");

        TerminalTexts en = TerminalTexts.of(KioskLanguage.ENGLISH);
        assertThat(apply(OfferSlips.compose(en, "CPI Bologna", reserved, TODAY), en)).isEqualTo("Apply through the"
                + " office that published this offer: Centro per l'Impiego di Imola, Viale Dante 5, 40026 Imola."
                + " Quote offer reference V-1A2B3C4D.");
        for (KioskLanguage language : TerminalTexts.LANGUAGES) {
            TerminalTexts t = TerminalTexts.of(language);
            String words = OfferSlips.howToApply(t, reserved);
            assertThat(words).as(language.tag()).contains(IMOLA.officeName(), IMOLA.reference())
                    .isNotEqualTo(t.get("offer.apply.desk"));
        }
    }

    @Test
    void withoutTheOfficesAddressTheSentenceNamesTheOfficeAlone() {
        JobOffer reserved = offer(OfferSource.OTHER_OFFICE, null, null,
                new OfferPublisher("Centro per l'Impiego di Imola", " ", "V-1A2B3C4D"));
        assertThat(OfferSlips.howToApply(TerminalTexts.of(KioskLanguage.ENGLISH), reserved)).isEqualTo("Apply through"
                + " the office that published this offer: Centro per l'Impiego di Imola. Quote offer reference"
                + " V-1A2B3C4D.");
    }

    @Test
    void theOfficesPhoneFollowsItsAddressOrStandsAloneWhenItGaveNoAddress() {
        JobOffer withPhone = offer(OfferSource.OTHER_OFFICE, null, null, new OfferPublisher(
                "Centro per l'Impiego di Imola", "Viale Dante 5, 40026 Imola", "0542 123456", "V-1A2B3C4D"));
        TerminalTexts it = TerminalTexts.of(KioskLanguage.ITALIAN);
        assertThat(apply(OfferSlips.compose(it, "CPI Bologna", withPhone, TODAY), it)).isEqualTo("Si candidi tramite"
                + " l'ufficio che ha pubblicato l'offerta: Centro per l'Impiego di Imola, Viale Dante 5, 40026 Imola,"
                + " tel. 0542 123456. Citi il riferimento dell'offerta V-1A2B3C4D.");
        JobOffer phoneOnly = offer(OfferSource.OTHER_OFFICE, null, null, new OfferPublisher(
                "Centro per l'Impiego di Imola", null, "0542 123456", "V-1A2B3C4D"));
        assertThat(OfferSlips.howToApply(TerminalTexts.of(KioskLanguage.ENGLISH), phoneOnly)).isEqualTo("Apply"
                + " through the office that published this offer: Centro per l'Impiego di Imola, phone 0542 123456."
                + " Quote offer reference V-1A2B3C4D.");
    }

    @Test
    void theOffersOwnWordsComeFirstAndWithNothingElseTheDeskExplains() {
        TerminalTexts it = TerminalTexts.of(KioskLanguage.ITALIAN);
        JobOffer agreed = offer(OfferSource.OTHER_OFFICE, "Officine Felsinee S.r.l.", "selezione@felsinee.example",
                IMOLA);
        assertThat(OfferSlips.howToApply(it, agreed)).isEqualTo("selezione@felsinee.example");
        JobOffer imported = offer(OfferSource.IMPORTED, null, null, null);
        assertThat(OfferSlips.howToApply(it, imported)).isEqualTo("Chieda allo sportello: le diremo come candidarsi.");
        assertThat(OfferSlips.compose(it, "CPI", imported, TODAY).lines()).extracting(OfferSlip.Line::text)
                .contains("Chieda allo sportello: le diremo come candidarsi.");
    }
}
