package org.sportello.operator.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.Test;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.card.CardSource;
import org.sportello.devices.card.TesseraText;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/** The health card at the counter, without a toolkit: which bursts it takes, what it shows, when it forgets. */
class CitizenCardTest {
    final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>();
    final List<Notice> notices = new ArrayList<>();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    final CitizenCard card = new CitizenCard(ticket.getReadOnlyProperty(), new Messages(), CLOCK, notices::add);

    static Ticket ticket(String code) {
        return ticket(code, null);
    }

    static Ticket ticket(String code, String kioskTaxCode) {
        return new Ticket(UUID.randomUUID(), UUID.randomUUID(), null, 1, code, null, null, null, "it", null, null,
                null, null, null, null, 0, null, null, null, kioskTaxCode);
    }

    @Test
    void theCodeShownAtTheKioskComesWithTheTicketAndGoesWithIt() {
        ticket.set(ticket("B004", "BNCLRA90A41F205I"));
        CitizenCard.Reading r = card.readingProperty().get();
        assertThat(r.source()).isEqualTo(CitizenCard.Source.KIOSK);
        assertThat(r.codiceFiscale().code()).isEqualTo("BNCLRA90A41F205I");
        assertThat(card.describe(r.codiceFiscale())).isEqualTo("donna, nata il 01/01/1990");
        assertThat(notices).as("nothing read here, nothing to announce").isEmpty();

        ticket.set(ticket("B005"));
        assertThat(card.readingProperty().get()).isNull();
    }

    @Test
    void aCardReadHereWinsAndSaysWhenItIsNotTheKiosksOne() {
        Ticket t = ticket("B004", "BNCLRA90A41F205I");
        ticket.set(t);
        card.accept(TesseraText.decode("RSSMRA85T10A562S", CLOCK));
        CitizenCard.Reading r = card.readingProperty().get();
        assertThat(r.source()).isEqualTo(CitizenCard.Source.COUNTER);
        assertThat(r.differsFromKiosk()).isTrue();
        assertThat(r.kioskCode()).isEqualTo("BNCLRA90A41F205I");
        assertThat(notices.getLast().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notices.getLast().text()).contains("non è quella mostrata al chiosco");

        // The same ticket read again from the office (a recall): what the counter read stays.
        ticket.set(new Ticket(t.id(), t.serviceId(), null, 1, "B004", null, null, null, "it", null, null, null, null,
                null, null, 1, null, null, null, t.citizenTaxCode()));
        assertThat(card.readingProperty().get().source()).isEqualTo(CitizenCard.Source.COUNTER);

        card.accept(TesseraText.decode("BNCLRA90A41F205I", CLOCK));
        assertThat(card.readingProperty().get().differsFromKiosk()).isFalse();
        assertThat(notices.getLast().kind()).isEqualTo(Notice.Kind.SUCCESS);
    }

    @Test
    void aFailedChipReadIsExplainedWithoutHidingACodeAlreadyShown() {
        ticket.set(ticket("A010", "BNCLRA90A41F205I"));
        card.accept(CardRead.failed(CardSource.CHIP, CardReadError.CARD_ERROR, "6A82"));
        assertThat(notices.getLast().text()).isEqualTo("Tessera non letta: la tessera ha risposto con un errore; riprovare.");
        assertThat(card.readingProperty().get().identified()).as("the kiosk's code still shows").isTrue();

        ticket.set(ticket("A011"));
        card.accept(CardRead.failed(CardSource.CHIP, CardReadError.CARD_ERROR, "card removed"));
        assertThat(card.readingProperty().get().error()).isEqualTo("la tessera ha risposto con un errore; riprovare.");
    }

    @Test
    void aMagneticStripeSwipeShowsTheCodeWithTheTicketAndGoesWithIt() {
        ticket.set(ticket("A007"));
        assertThat(card.read("%RSSMRA85T10A562S^ROSSI MARIO^80380001?;8038000123=2912?")).isTrue();
        CitizenCard.Reading r = card.readingProperty().get();
        assertThat(r.identified()).isTrue();
        assertThat(r.codiceFiscale().code()).isEqualTo("RSSMRA85T10A562S");
        assertThat(r.ticketCode()).isEqualTo("A007");
        assertThat(card.describe(r.codiceFiscale())).isEqualTo("uomo, nato il 10/12/1985");
        assertThat(notices.getLast().kind()).isEqualTo(Notice.Kind.SUCCESS);

        ticket.set(ticket("A008"));
        assertThat(card.readingProperty().get()).as("the next citizen does not see it").isNull();
    }

    @Test
    void aGarbledSwipeAndAWrongCheckCharacterAreExplained() {
        ticket.set(ticket("B002"));
        assertThat(card.read("%RSSMRA85T10A5")).isTrue();
        assertThat(card.readingProperty().get().error()).contains("ripassarla");
        assertThat(card.read("*RSSMRA85T10A562X*")).isTrue();
        assertThat(card.readingProperty().get().error()).contains("carattere di controllo");
        assertThat(notices).allSatisfy(n -> assertThat(n.kind()).isEqualTo(Notice.Kind.ERROR));
    }

    @Test
    void typingIsNotCardDataAndACardWithNobodyAtTheCounterSaysSo() {
        assertThat(card.read("urgent certificate")).isFalse();
        assertThat(card.read("RSSMRA85T10A562S")).isTrue();
        assertThat(card.readingProperty().get()).isNull();
        assertThat(notices.getLast().text()).contains("chiamare prima il cittadino");
    }
}
