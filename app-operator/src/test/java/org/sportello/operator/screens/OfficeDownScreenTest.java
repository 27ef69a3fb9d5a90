package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;
import org.sportello.server.testing.OfficeServerProcess;
import org.sportello.server.testing.TestOffice;
import org.sportello.operator.office.ConnectedOffice;
import org.sportello.operator.office.DeferredOffice;

/**
 * The office database as the office server hosts it (H2 over TCP, in a process of its own), stopped
 * and started again on the same port and files while the window is open.
 */
class OfficeDownScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    OfficeServerProcess server;
    TestOffice office;
    DeferredOffice deferred;

    private String url() {
        return server.url();
    }

    private void startServer() {
        if (server == null) {
            server = OfficeServerProcess.in(dir);
        }
        server.start();
    }

    @AfterEach
    void stopEverything() throws Exception {
        closeWindow();
        stage = null;
        if (office != null) {
            office.close();
        }
        if (deferred != null) {
            deferred.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theBannerShowsWhileTheDatabaseIsDownAndTheDeskComesBackByItselfWithItsTicket() throws Exception {
        startServer();
        office = TestOffice.at(url());
        issue(office.connection().queue(), "A");
        office.clock().advance(java.time.Duration.ofMinutes(2));
        issue(office.connection().queue(), "A");
        openWindow(new ConnectedOffice(office.connection()), office.clock());
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        key(KeyCode.F1);
        until("A001 called", () -> text("#currentCode").equals("A001"));
        assertThat(showing("#officeBanner")).isFalse();

        server.stop();

        until("banner up", 20, () -> showing("#officeBanner"));
        assertThat(text("#officeBannerTitle")).isEqualTo("Database dell'ufficio non raggiungibile — nuovo tentativo…");
        for (String action : new String[] {"CALL_NEXT", "RECALL", "FINISH", "NO_SHOW", "TRANSFER", "CALL_SPECIFIC",
                "PAUSE", "LOG_OUT"}) {
            assertThat(enabled("#action-" + action)).as(action + " while down").isFalse();
        }
        key(KeyCode.F3);
        assertThat(showing("#outcomeSheet")).as("no sheet while the office is down").isFalse();
        assertThat(text("#currentCode")).as("the ticket stays on screen").isEqualTo("A001");
        until("a failed retry is counted", 20, () -> !text("#officeBannerDetail").endsWith(": 0"));
        screenshot("12-database-down");

        startServer();

        until("banner gone", 30, () -> !showing("#officeBanner"));
        until("desk usable again", () -> enabled("#action-FINISH"));
        assertThat(text("#currentCode")).isEqualTo("A001");
        key(KeyCode.F3);
        until("outcome picker", () -> showing("#outcomeSheet"));
        key(KeyCode.DIGIT1);
        until("done", () -> !showing("#currentCode"));
        Ticket done = office.connection().queue().findToday("A001").orElseThrow();
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void aWorkstationStartedBeforeTheOfficeServerShowsTheBannerAndConnectsWhenItComesUp() throws Exception {
        startServer();
        TestOffice.at(url()).close(); // the office exists on disk, as after "sportello office init"
        server.stop();

        deferred = new DeferredOffice(url(), Clock.systemUTC());
        openWindow(deferred, Clock.systemUTC());

        until("banner up", 20, () -> showing("#officeBanner"));
        assertThat(fx(() -> robot.lookup("#counterList").queryListView().getItems().isEmpty())).isTrue();
        assertThat(text("#officeName")).isEqualTo("Collegamento all'ufficio…");
        screenshot("13-login-database-down");

        startServer();

        until("counters loaded", 30, () -> !showing("#officeBanner")
                && !robot.lookup("#counterList").queryListView().getItems().isEmpty());
        assertThat(text("#officeName")).isEqualTo("Centro per l'Impiego di Bologna");
        logInWithKeyboard("lbianchi", "demo", 1);
        awaitDesk();
        assertThat(text("#statusCounter")).isEqualTo("Sportello 2 · servizi B, A, E");
    }
}
