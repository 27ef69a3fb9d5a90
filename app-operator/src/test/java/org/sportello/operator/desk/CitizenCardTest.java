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
import org.sportello.model.queue.Ticket;
import org.sportello.operator.ui.Messages;
import org.sportello.operator.ui.Notice;

/** The health card at the counter, without a toolkit: which bursts it takes, what it shows, when it forgets. */
class CitizenCardTest {
    final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>();
    final List<Notice> notices = new ArrayList<>();
    final CitizenCard card = new CitizenCard(ticket.getReadOnlyProperty(), new Messages(),
            Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC), notices::add);

    static Ticket ticket(String code) {
        return new Ticket(UUID.randomUUID(), UUID.randomUUID(), null, 1, code, null, null, null, "it", null, null,
                null, null, null, null, 0, null, null, null, null);
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
