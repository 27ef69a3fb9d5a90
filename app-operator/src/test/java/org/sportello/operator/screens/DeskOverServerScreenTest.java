package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.StationLink;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;
import org.sportello.operator.testing.RunningOffice;

/**
 * The desk as an enrolled desk station of a real office server (mutual TLS on 127.0.0.1), a kiosk
 * station issuing tickets beside it: logins, lock-out and idle sessions are the server's, the queue
 * reaches the desk by push.
 */
class DeskOverServerScreenTest extends ScreenTest {
    static final String KIOSK_CF = "BNCLRA90A41F205I";

    @TempDir
    Path dir;
    RunningOffice office;
    StationLink link;

    @BeforeEach
    void openDesk() throws Exception {
        office = new RunningOffice(dir);
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

    @Test
    void aTicketFromTheKioskReachesTheDeskByPushAndIsCalledWithItsCodiceFiscaleAndFinished() {
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        until("empty queue", () -> text("#waiting-A").equals("0"));

        Ticket issued = office.issueAtKiosk("A", KIOSK_CF);

        // Desks over a station's link do not poll: only the server's push can bring this.
        until("the new ticket pushed to the desk", () -> text("#waiting-A").equals("1"));
        key(KeyCode.F1);
        until("A001 at the counter", () -> issued.code().equals(text("#currentCode")));
        assertThat(text("#currentCitizen")).as("a desk with a logged-in operator reads the codice fiscale")
                .isEqualTo("Codice fiscale " + KIOSK_CF + " · donna, nata il 01/01/1990 · dalla tessera mostrata al chiosco");
        assertThat(office.kioskView(issued.code()).citizenTaxCode()).as("the kiosk reads no personal data")
                .isNullOrEmpty();
        screenshot("20-server-desk-serving-kiosk-ticket");

        key(KeyCode.F3);
        until("outcome picker", () -> showing("#outcomeSheet"));
        key(KeyCode.DIGIT1);
        until("done", () -> !showing("#currentCode"));
        Ticket done = office.kioskView(issued.code());
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.RESOLVED);
    }

    @Test
    void fiveWrongPasswordsLockTheLoginAndTheScreenSaysUntilWhen() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            logInWithKeyboard("mrossi", "wrong" + attempt, 0);
            int shown = attempt;
            // The password field empties when the server's refusal arrives.
            until("refusal " + shown, () -> robot.lookup("#password").queryTextInputControl().getText().isEmpty()
                    && "Nome utente o password errati.".equals(
                            robot.lookup("#loginError").queryLabeled().getText()));
            clearUserName();
        }
        logInWithKeyboard("mrossi", "wrong5", 0);
        String locked = "Troppe password errate per \"mrossi\": l'accesso è bloccato fino alle 10:05. "
                + "Un supervisore può sbloccarlo.";
        until("locked", () -> text("#loginError").equals(locked));
        screenshot("21-login-locked");

        clearUserName();
        logInWithKeyboard("mrossi", "demo", 0);
        until("the right password is refused too while locked",
                () -> text("#loginError").equals(locked) && showing("#loginButton"));
        assertThat(robot.lookup("#currentCode").tryQuery()).as("no desk").isEmpty();
    }

    @Test
    void anIdleSessionEndsOnTheServerAndTheDeskGoesBackToTheLoginItsTicketStaysAtTheCounter() {
        office.issueAtKiosk("A", null);
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        key(KeyCode.F1);
        until("A001 called", () -> "A001".equals(text("#currentCode")));

        office.clock.advance(Duration.ofMinutes(31)); // the demo office's idle time is 30 minutes
        office.issueAtKiosk("A", null); // the pushed event makes the desk read the queue as its operator

        until("back at the login", () -> showing("#loginButton"));
        assertThat(text("#loginError")).isEqualTo("La sessione è terminata (30 min). Accedere di nuovo.");
        screenshot("22-login-session-expired");

        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        until("A001 waited at counter 1", () -> "A001".equals(text("#currentCode")));
    }

    private void clearUserName() {
        fx(() -> {
            robot.lookup("#userName").queryTextInputControl().clear();
            robot.lookup("#userName").query().requestFocus();
            return null;
        });
    }
}
