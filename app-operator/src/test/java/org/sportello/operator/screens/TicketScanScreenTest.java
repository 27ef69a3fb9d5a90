package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;

/**
 * A queue ticket's QR scanned at the real desk, as a keyboard-wedge scanner types it: a waiting ticket
 * at an idle counter is offered and called out of turn with its reason in the log; the ticket being
 * served, a served one (scanned into the F8 field too) and another day's are explained.
 */
class TicketScanScreenTest extends OfficeScreenFixture {

    @Test
    void aWaitingTicketScannedAtAnIdleCounterIsCalledOutOfTurn() {
        issue(queue, "A");
        office.clock().advance(Duration.ofMinutes(4));
        Ticket b1 = issue(queue, "B");
        office.clock().advance(Duration.ofMinutes(3));
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();

        burst(b1.id().toString());
        until("offer shown", () -> showing("#ticketScanSheet"));
        assertThat(text("#scannedCode")).isEqualTo("B001");
        assertThat(text("#scannedQuestion")).isEqualTo("B · Iscrizione, DID e certificati · in attesa da 03:00. "
                + "Chiamarlo ora, fuori turno? Il motivo resta nel registro.");
        screenshot("desk-ticket-scan-offer");

        key(KeyCode.ENTER);
        until("B001 at the counter", () -> !showing("#ticketScanSheet") && "B001".equals(text("#currentCode")));
        assertThat(text("#notice")).isEqualTo("Chiamato fuori turno B001");
        assertThat(queue.findToday("A001").orElseThrow().status()).as("A001 keeps waiting").isEqualTo(TicketStatus.WAITING);
        List<OfficeEvent> log = office.connection().events().after(0, 100);
        assertThat(log).filteredOn(e -> e.type() == EventType.TICKET_CALLED && "B001".equals(e.ticketCode()))
                .extracting(OfficeEvent::detail).singleElement().asString().contains("biglietto letto allo sportello");

        burst(b1.id().toString());
        until("said it is the current one", () -> text("#notice").startsWith("B001 è il biglietto"));
        assertThat(text("#notice")).isEqualTo("B001 è il biglietto che sta servendo.");
    }

    @Test
    void aServedTicketInTheDocumentFieldAndAnotherDaysTicketAreExplained() {
        Ticket a1 = issue(queue, "A");
        var session = office.login("lbianchi");
        queue.openCounter(session, 2);
        queue.callNext(session, 2);
        queue.finish(session, 2, Outcome.RESOLVED);
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();

        key(KeyCode.F8);
        until("document check open", () -> showing("#scanField"));
        burst(a1.id().toString());
        until("explained", () -> !showing("#documentCheckSheet") && text("#notice").startsWith("A001"));
        assertThat(text("#notice")).isEqualTo("A001 è già stato servito oggi: il suo turno è concluso.");
        assertThat(fx(() -> robot.lookup("#notice").query().getStyleClass())).contains("error");

        String yesterday = UuidV7.next(Clock.fixed(office.clock().instant().minus(Duration.ofDays(1)), ZoneOffset.UTC))
                .toString();
        burst(yesterday);
        until("other day explained", () -> text("#notice").startsWith("Questo biglietto"));
        assertThat(text("#notice")).isEqualTo("Questo biglietto è del 23/11/2026: vale solo nel giorno in cui è stato "
                + "emesso. Serve un nuovo biglietto dal chiosco.");
        screenshot("desk-ticket-scan-other-day");

        // A document number in the F8 field is still a document check.
        key(KeyCode.F8);
        until("document check open", () -> showing("#scanField"));
        fx(() -> {
            robot.lookup("#scanField").queryAs(TextField.class).setText("BO01-2026-000999");
            return null;
        });
        key(KeyCode.ENTER);
        until("verdict shown", () -> showing("#verdictHeadline"));
        assertThat(text("#verdictHeadline")).isNotBlank();
    }
}
