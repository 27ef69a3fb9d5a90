package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.office.CounterState;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;

/** Login and desk on a real demo office in an H2 file, keyboard only. */
class DeskScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    QueueService queue;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        queue = office.connection().queue();
        openWindow(InProcessOffice.link(office.connection()), office.clock());
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    private void later(Duration d) {
        office.clock().advance(d);
    }

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneOpensTheDesk() {
        screenshot("01-login");

        logInWithKeyboard("mrossi", "sbagliata", 0);

        until("refusal shown", () -> showing("#loginError"));
        assertThat(text("#loginError")).isEqualTo("Nome utente o password errati.");
        assertThat(fx(() -> robot.lookup("#password").queryAs(PasswordField.class).getText())).isEmpty();
        until("focus back on the password", () -> robot.lookup("#password").query().isFocused());
        screenshot("02-login-error");

        write("demo");
        key(KeyCode.ENTER);
        awaitDesk();

        assertThat(text("#statusOperator")).isEqualTo("Maria Rossi · Operatore");
        assertThat(text("#statusCounter")).isEqualTo("Sportello 1 · servizi A, B");
        assertThat(text("#currentCaption")).isEqualTo("Nessun utente allo sportello");
        assertThat(showing("#currentCode")).isFalse();
        assertThat(enabled("#action-CALL_NEXT")).isTrue();
        assertThat(enabled("#action-FINISH")).isFalse();
        assertThat(queue.overview().counters().getFirst().state()).isEqualTo(CounterState.OPEN);
        assertThat(showing("#action-CLOSE_DAY")).as("operators have no close-day button").isFalse();
    }

    @Test
    void aKioskPrinterWarningAppearsAboveTheDeskAndGoesWhenThePrinterIsFine() {
        issue(queue, "A");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(showing("#deviceBanner")).isFalse();

        office.connection().devices().printer(new PrinterReport("Chiosco 1", PrinterReport.State.PAPER_OUT));
        office.connection().devices().printer(new PrinterReport("Chiosco 2", PrinterReport.State.PAPER_NEAR_END));
        until("printer warnings shown", () -> robot.lookup(".printer-warning").queryAll().size() == 2);
        assertThat(showing("#deviceBanner")).isTrue();
        assertThat(text("#printerWarning-Chiosco-1")).isEqualTo("Chiosco 1: stampante senza carta. I cittadini vedono "
                + "il numero solo sullo schermo: caricare un rotolo nuovo.");
        assertThat(text("#printerWarning-Chiosco-2")).startsWith("Chiosco 2: la carta della stampante sta per finire.");
        assertThat(enabled("#action-CALL_NEXT")).as("a warning, not a block").isTrue();
        screenshot("15-desk-printer-warning");

        office.connection().devices().printer(new PrinterReport("Chiosco 1", PrinterReport.State.OK));
        office.connection().devices().printer(new PrinterReport("Chiosco 2", PrinterReport.State.OK));
        until("printer warnings cleared", () -> !showing("#deviceBanner"));
        assertThat(robot.lookup(".printer-warning").queryAll()).isEmpty();
    }

    @Test
    void f1CallsTheNextTicketAndF3FinishesItWithADigit() {
        issue(queue, "A");
        later(Duration.ofMinutes(3));
        issue(queue, "B");
        issue(queue, "C");
        issue(queue, "A");
        later(Duration.ofMinutes(6));
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        until("waiting counts shown", () -> text("#waiting-A").equals("2"));
        screenshot("03-desk-idle");

        key(KeyCode.F1);

        until("A001 at the counter", () -> text("#currentCode").equals("A001"));
        assertThat(text("#currentService")).isEqualTo("A · Accoglienza e informazioni");
        assertThat(text("#currentWaited")).isEqualTo("09:00");
        assertThat(text("#notice")).isEqualTo("Chiamato A001");
        assertThat(enabled("#action-CALL_NEXT")).isFalse();
        assertThat(enabled("#action-FINISH")).isTrue();
        key(KeyCode.F2);
        until("recall counted", () -> text("#currentRecalls").equals("1"));
        screenshot("04-desk-serving");

        key(KeyCode.F3);
        until("outcome picker open", () -> showing("#outcomeSheet"));
        screenshot("05-outcome-picker");
        key(KeyCode.DIGIT3);

        until("ticket done", () -> !showing("#currentCode"));
        assertThat(showing("#outcomeSheet")).isFalse();
        assertThat(text("#notice")).isEqualTo("A001 concluso: Appuntamento fissato");
        Ticket done = queue.findToday("A001").orElseThrow();
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.APPOINTMENT_BOOKED);
    }

    @Test
    void f5TransfersToAServiceAndTheTicketKeepsItsPlace() {
        issue(queue, "A");
        later(Duration.ofMinutes(1));
        issue(queue, "B");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        key(KeyCode.F1);
        until("A001 called", () -> text("#currentCode").equals("A001"));

        key(KeyCode.F5);
        until("transfer sheet open", () -> showing("#transferSheet"));
        screenshot("06-transfer");
        key(KeyCode.B);

        until("ticket gone from the desk", () -> !showing("#currentCode"));
        Ticket moved = queue.findToday("A001").orElseThrow();
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(queue.waiting()).extracting(Ticket::code).as("ahead of B001 in B's line")
                .containsExactly("A001", "B001");
        until("overview shows two waiting in B", () -> text("#waiting-B").equals("2"));
        assertThat(text("#notice")).startsWith("A001 trasferito a B · Iscrizione");
    }

    @Test
    void noShowNeedsARecallFirst() {
        issue(queue, "B");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        key(KeyCode.F1);
        until("B001 called", () -> text("#currentCode").equals("B001"));

        key(KeyCode.F4);
        until("refusal shown", () -> text("#notice").contains("non è ancora stato richiamato; richiamarlo almeno una volta"));
        assertThat(fx(() -> robot.lookup("#notice").query().getStyleClass().contains("error"))).isTrue();
        assertThat(text("#currentCode")).isEqualTo("B001");

        key(KeyCode.F2);
        until("recalled", () -> text("#currentRecalls").equals("1"));
        key(KeyCode.F4);

        until("no-show recorded", () -> !showing("#currentCode"));
        assertThat(queue.findToday("B001").orElseThrow().status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void f7PausesWithAReasonAndCallingIsRefusedUntilF7Again() {
        issue(queue, "A");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();

        key(KeyCode.F7);
        until("pause sheet open", () -> showing("#pauseSheet"));
        key(KeyCode.DIGIT2);

        until("paused", () -> text("#action-PAUSE").equals("Riprendi"));
        assertThat(enabled("#action-CALL_NEXT")).isFalse();
        assertThat(text("#currentCaption")).isEqualTo("Sportello in pausa");
        assertThat(text("#currentDetail")).isEqualTo("Attività di back office");
        assertThat(text("#currentHint")).startsWith("riprendi il servizio");
        key(KeyCode.F1);
        until("the service says why", () -> text("#notice").contains("è in pausa"));
        assertThat(queue.findToday("A001").orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
        screenshot("07-paused");

        key(KeyCode.F7);
        until("open again", () -> enabled("#action-CALL_NEXT"));
        key(KeyCode.F1);
        until("A001 called", () -> text("#currentCode").equals("A001"));
    }

    @Test
    void f6CallsAGivenTicketOutOfTurn() {
        issue(queue, "A");
        later(Duration.ofMinutes(1));
        issue(queue, "A");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();

        key(KeyCode.F6);
        until("call-specific sheet open", () -> showing("#callSpecificSheet")
                && robot.lookup("#specificCode").query().isFocused());
        write("A009");
        key(KeyCode.TAB);
        write("accompagnatore");
        key(KeyCode.ENTER);
        until("unknown code explained", () -> text("#sheetError").contains("A009"));
        screenshot("08-call-specific-error");

        fx(() -> {
            robot.lookup("#specificCode").queryTextInputControl().clear();
            robot.lookup("#specificCode").query().requestFocus();
            return null;
        });
        write("A002");
        key(KeyCode.ENTER);

        until("A002 called", () -> text("#currentCode").equals("A002"));
        assertThat(queue.findToday("A001").orElseThrow().status()).isEqualTo(TicketStatus.WAITING);
    }

    @Test
    void aSupervisorClosesTheDayWithAConfirmationAndAReport() {
        issue(queue, "C");
        issue(queue, "D");
        issue(queue, "A");
        later(Duration.ofMinutes(4));
        logInWithKeyboard("gverdi", "demo", 2);
        awaitDesk();
        assertThat(text("#statusCounter")).isEqualTo("Sportello 3 · servizi C, D");
        assertThat(text("#statusOperator")).isEqualTo("Giulia Verdi · Supervisore");
        key(KeyCode.F1);
        until("C001 called", () -> text("#currentCode").equals("C001"));
        key(KeyCode.F3);
        until("outcome picker", () -> showing("#outcomeSheet"));
        key(KeyCode.DIGIT1);
        until("done", () -> !showing("#currentCode"));

        assertThat(showing("#action-CLOSE_DAY")).isTrue();
        until("activity shows the finish", () -> robot.lookup("#activity").queryAs(javafx.scene.layout.VBox.class)
                .getChildren().size() >= 5);
        screenshot("09-desk-supervisor");
        key(KeyCode.F9);
        until("confirmation", () -> showing("#closeDaySheet"));
        screenshot("10-close-day-confirm");
        key(KeyCode.ENTER);

        until("report", () -> showing("#closeDayReport"));
        screenshot("11-close-day-report");
        assertThat(queue.findToday("D001").orElseThrow().status()).isEqualTo(TicketStatus.UNSERVED);
        assertThat(queue.findToday("A001").orElseThrow().status()).isEqualTo(TicketStatus.UNSERVED);
        key(KeyCode.ENTER);
        until("report closed, counter shown closed", () -> !showing("#closeDaySheet")
                && text("#statusCounter").startsWith("Sportello 3") && !enabled("#action-CALL_NEXT"));
        assertThat(queue.overview().counters()).allSatisfy(c -> assertThat(c.state()).isEqualTo(CounterState.CLOSED));
    }

    @Test
    void theLanguageChosenAtLoginRelabelsTheLoginAndTheDesk() {
        issue(queue, "B");
        until("login screen ready", () -> !robot.lookup("#counterList").queryListView().getItems().isEmpty());
        fx(() -> {
            robot.lookup("#language").queryComboBox().getSelectionModel().select(java.util.Locale.ENGLISH);
            return null;
        });
        until("login in English", () -> text("#loginButton").equals("Log in and open the counter"));
        fx(() -> {
            robot.lookup("#userName").query().requestFocus();
            return null;
        });
        logInWithKeyboard("lbianchi", "demo", 1);
        awaitDesk();

        assertThat(text("#currentCaption")).isEqualTo("Nobody at the counter");
        assertThat(text("#action-CALL_NEXT")).isEqualTo("Call next");
        assertThat(text("#statusOperator")).isEqualTo("Luca Bianchi · Operator");
        key(KeyCode.F1);
        until("B001 called", () -> text("#currentCode").equals("B001"));
        assertThat(text("#currentService")).isEqualTo("B · Registration, DID and certificates");
        assertThat(text("#notice")).isEqualTo("Called B001");
        screenshot("14-desk-serving-english");
    }

    @Test
    void logOutClosesTheCounterAndReturnsToTheLogin() {
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();

        key(KeyCode.F10);

        until("back at the login", () -> robot.lookup("#loginButton").tryQuery().isPresent());
        assertThat(queue.overview().counters().getFirst().state()).isEqualTo(CounterState.CLOSED);
    }
}
