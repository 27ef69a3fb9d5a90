package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.StationLink;
import org.sportello.model.offers.AttachOutcome;
import org.sportello.model.offers.ContractType;
import org.sportello.model.offers.JobOffer;
import org.sportello.model.offers.OfferHours;
import org.sportello.model.offers.OfferSource;
import org.sportello.model.offers.Requirements;
import org.sportello.model.offers.Workplace;
import org.sportello.model.queue.Ticket;
import org.sportello.operator.testing.RunningOffice;
import org.sportello.server.testing.TestOffice;

/**
 * "Porta allo sportello" (issue 12) from the desk's side, every part real: a real office server on 127.0.0.1,
 * the kiosk issues a ticket with the citizen's health card, the self-service terminal (its own station) attaches
 * two offers to it, and the operator who calls that ticket sees them at once beside it; the next ticket shows none.
 * Screens under {@code target/screenshots/}.
 */
class DeskBroughtOffersScreenTest extends ScreenTest {
    static final String CF = "BNCLRA90A41F205I";
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();

    @TempDir
    Path dir;
    RunningOffice office;
    StationLink link;

    @BeforeEach
    void openDesk() throws Exception {
        office = new RunningOffice(dir, test -> test.connection().offers().putAll(List.of(
                offer("bo-1", "Magazziniere", "Logistica Emiliana srl"),
                offer("bo-2", "Addetta alle pulizie", null))));
        link = office.desk("desk-1");
        openWindow(link, office.clock);
    }

    @AfterEach
    void stopEverything() throws Exception {
        closeWindow();
        stage = null;
        link.close();
        office.close();
    }

    private static JobOffer offer(String id, String title, String employer) {
        return new JobOffer(id, OfferSource.IMPORTED, title, "", employer, new Workplace("Bologna", "BO", 44.494, 11.343),
                "9333", ContractType.PERMANENT, OfferHours.FULL, 1, TODAY.minusDays(3), TODAY.plusDays(30),
                Requirements.NONE, null);
    }

    @Test
    void theOffersTakenFromTheTerminalShowAtTheDeskThatCallsTheTicket() {
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        Ticket withCard = office.issueAtKiosk("A", CF);
        AttachOutcome attached = office.attachAtTerminal(CF, List.of("bo-2", "bo-1"));
        assertThat(attached.attached()).isTrue();
        assertThat(attached.ticketNumber()).isEqualTo(withCard.code());
        Ticket without = office.issueAtKiosk("A", null);

        until("the tickets pushed to the desk", () -> text("#waiting-A").equals("2"));
        key(KeyCode.F1);
        until(withCard.code() + " at the counter", () -> withCard.code().equals(text("#currentCode")));
        until("the offers beside it", () -> showing("#currentOffers"));
        assertThat(text("#currentOffers")).isEqualTo("""
                2 offerte scelte al terminale self-service:
                \u2022 Addetta alle pulizie \u2013 datore di lavoro riservato, Bologna (bo-2)
                \u2022 Magazziniere \u2013 Logistica Emiliana srl, Bologna (bo-1)""");
        screenshot("30-desk-offers-from-the-terminal");

        key(KeyCode.F3);
        until("outcome picker", () -> showing("#outcomeSheet"));
        key(KeyCode.DIGIT1);
        until("done", () -> !showing("#currentCode"));
        key(KeyCode.F1);
        until(without.code() + " at the counter", () -> without.code().equals(text("#currentCode")));
        assertThat(showing("#currentOffers")).as("the next citizen never sees the previous one's offers").isFalse();
    }
}
