package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.StationLink;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;
import org.sportello.operator.testing.RunningOffice;

/**
 * The desk as an enrolled station of a real office server (mutual TLS on 127.0.0.1), with the server
 * stopped and started again on the same data folder and ports while the window is open.
 */
class OfficeDownScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    RunningOffice office;
    StationLink link;

    @AfterEach
    void stopEverything() throws Exception {
        closeWindow();
        stage = null;
        if (link != null) {
            link.close();
        }
        if (office != null) {
            office.close();
        }
    }

    @Test
    void theBannerShowsWhileTheServerIsDownAndClearsByItselfTheTicketWaitsAtTheCounterForTheNextLogin()
            throws Exception {
        office = new RunningOffice(dir);
        office.issueAtKiosk("A", null);
        office.issueAtKiosk("A", null);
        link = office.desk("desk-1");
        openWindow(link, office.clock);
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        key(KeyCode.F1);
        until("A001 called", () -> text("#currentCode").equals("A001"));
        assertThat(showing("#officeBanner")).isFalse();

        office.stop();

        until("banner up", 20, () -> showing("#officeBanner"));
        assertThat(text("#officeBannerTitle")).isEqualTo("Server dell'ufficio non raggiungibile — nuovo tentativo…");
        for (String action : new String[] {"CALL_NEXT", "RECALL", "FINISH", "NO_SHOW", "TRANSFER", "CALL_SPECIFIC",
                "PAUSE", "LOG_OUT"}) {
            assertThat(enabled("#action-" + action)).as(action + " while down").isFalse();
        }
        key(KeyCode.F3);
        assertThat(showing("#outcomeSheet")).as("no sheet while the office is down").isFalse();
        assertThat(text("#currentCode")).as("the ticket stays on screen").isEqualTo("A001");
        until("a failed retry is counted", 20, () -> !text("#officeBannerDetail").endsWith(": 0"));
        screenshot("12-office-server-down");

        office.start();

        until("banner gone", 30, () -> !showing("#officeBanner"));
        // Sessions live in the server's memory: after its restart the operator logs in again, and is told so.
        until("back at the login", () -> showing("#loginButton") && !text("#loginError").isEmpty());
        assertThat(text("#loginError")).isEqualTo(
                "Nessun operatore ha effettuato l'accesso a questa postazione. Accedere prima.");
        screenshot("12b-office-server-back-log-in-again");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        until("A001 still at counter 1", () -> "A001".equals(text("#currentCode")));
        key(KeyCode.F3);
        until("outcome picker", () -> showing("#outcomeSheet"));
        key(KeyCode.DIGIT1);
        until("done", () -> !showing("#currentCode"));
        Ticket done = office.kioskView("A001");
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void aWorkstationStartedBeforeTheOfficeServerShowsTheBannerAndConnectsWhenItComesUp() throws Exception {
        office = new RunningOffice(dir);
        link = office.desk("desk-2"); // enrolled earlier, as on the day the desk was installed
        office.stop();

        openWindow(link, office.clock);

        until("banner up", 20, () -> showing("#officeBanner"));
        assertThat(fx(() -> robot.lookup("#counterList").queryListView().getItems().isEmpty())).isTrue();
        assertThat(text("#officeName")).isEqualTo("Collegamento all'ufficio…");
        screenshot("13-login-office-server-down");

        office.start();

        until("counters loaded", 30, () -> !showing("#officeBanner")
                && !robot.lookup("#counterList").queryListView().getItems().isEmpty());
        assertThat(text("#officeName")).isEqualTo("Centro per l'Impiego di Bologna");
        logInWithKeyboard("lbianchi", "demo", 1);
        awaitDesk();
        assertThat(text("#statusCounter")).isEqualTo("Sportello 2 · servizi B, A, E");
    }
}
