package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real kiosk screens on a real H2 office, clicked headless; every state is saved as a PNG. */
@ExtendWith(ApplicationExtension.class)
class KioskScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
    KioskViewModel vm;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        office = TestOffice.embedded(dir);
        vm = KioskApp.start(stage, InProcessOffice.link(office.connection()), printer, false,
                KioskSettings.defaults().withClock(office.clock()));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        office.close();
    }

    private Node screen(FxRobot robot) {
        return robot.lookup("#kiosk-root").query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void awaitHome(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tile-A").tryQuery().isPresent()
                && robot.lookup("#home").query().isVisible());
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void homeInItalianAndInEnglish(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        assertThat(robot.lookup(".home-title").queryAs(Label.class).getText()).isEqualTo("Scelga il servizio");
        assertThat(robot.lookup(".section-title").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Servizi alle persone", "Servizi alle imprese");
        Screenshots.save(screen(robot), "kiosk-home-it");

        robot.clickOn("#lang-en");
        await(() -> "Choose a service".equals(robot.lookup(".home-title").queryAs(Label.class).getText()));
        assertThat(robot.lookup("#tile-A .tile-name").queryAs(Label.class).getText()).isEqualTo("Reception and information");
        assertThat(robot.lookup("#lang-en").query().getStyleClass()).contains("selected");
        Screenshots.save(screen(robot), "kiosk-home-en");
    }

    @Test
    void aTapIssuesOneTicketAndPrintsIt(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        robot.clickOn("#tile-B");
        await(() -> robot.lookup("#confirmation").query().isVisible() && "B001".equals(text(robot, "#ticket-code")));
        await(() -> "Prenda il biglietto qui sotto".equals(text(robot, "#print-message")));

        assertThat(office.connection().queue().waiting()).extracting(Ticket::code).containsExactly("B001");
        assertThat(printer.printed()).hasSize(1);
        TicketPrintout printout = printer.printed().getFirst();
        assertThat(printout.code()).isEqualTo("B001");
        assertThat(printout.serviceName()).isEqualTo("Iscrizione, DID e certificati");
        assertThat(printout.language()).isEqualTo("it");
        assertThat(text(robot, "#ticket-service")).isEqualTo("Iscrizione, DID e certificati");
        assertThat(text(robot, "#people-ahead")).isEqualTo("Nessuna persona in attesa prima di lei");
        Screenshots.save(screen(robot), "kiosk-confirmation");

        robot.clickOn("#ticket-code");
        awaitHome(robot);
    }

    @Test
    void aPrinterOutOfPaperLeavesTheNumberOnScreenWithAMessage(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        printer.setStatus(DeviceStatus.PAPER_OUT);
        robot.clickOn("#lang-en");
        robot.clickOn("#tile-A");
        await(() -> text(robot, "#print-message").contains("out of paper"));

        assertThat(text(robot, "#ticket-code")).isEqualTo("A001");
        assertThat(text(robot, "#print-message")).contains("Please note your number: A001")
                .contains("ask at the reception desk");
        assertThat(robot.lookup("#print-message").query().getStyleClass()).contains("failed");
        assertThat(office.connection().queue().waiting()).extracting(Ticket::code).containsExactly("A001");
        assertThat(printer.printed()).isEmpty();
        Screenshots.save(screen(robot), "kiosk-confirmation-paper-out");
    }

    @Test
    void thePriorityStepPutsThePriorityOnTheTicket(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        robot.clickOn("#priority-button");
        await(() -> robot.lookup("#priority").query().isVisible());
        assertThat(robot.lookup("#priority-DISABILITY").queryAs(Button.class).getText()).isEqualTo("Persona con disabilità");
        Screenshots.save(screen(robot), "kiosk-priority");

        robot.clickOn("#priority-ELDERLY");
        awaitHome(robot);
        assertThat(text(robot, "#priority-chosen")).isEqualTo("Biglietto con precedenza: persona anziana");
        Screenshots.save(screen(robot), "kiosk-home-priority-chosen");

        robot.clickOn("#tile-A");
        await(() -> "Prenda il biglietto qui sotto".equals(text(robot, "#print-message")));
        assertThat(text(robot, "#ticket-code")).isEqualTo("A001");
        assertThat(office.connection().queue().waiting().getFirst().priority()).isEqualTo(PriorityClass.ELDERLY);
        assertThat(printer.printed().getFirst().priorityLine()).isEqualTo("Precedenza: persona anziana");
        Screenshots.save(screen(robot), "kiosk-confirmation-priority");
    }

    @Test
    void aClosedServiceIsGreyedWithItsHoursAndDoesNotIssue(FxRobot robot) throws TimeoutException {
        awaitHome(robot);
        office.clock().set(LocalDateTime.of(2026, 11, 24, 13, 0).atZone(TestOffice.ROME).toInstant());
        // Redrawing the tiles re-reads the clock (the kiosk's own refresh does it every 30 s).
        robot.interact(() -> vm.setLanguage(Locale.ITALIAN));
        await(() -> robot.lookup("#tile-C").query().isDisabled());

        Button closed = robot.lookup("#tile-C").queryAs(Button.class);
        assertThat(closed.getStyleClass()).contains("closed");
        assertThat(robot.lookup("#tile-C .tile-hours").queryAs(Label.class).getText())
                .isEqualTo("Chiuso ora. Apre oggi alle 14:30.");
        assertThat(robot.lookup("#tile-D").query().isDisabled()).isFalse();
        Screenshots.save(screen(robot), "kiosk-home-closed-service");

        // Below "I have an appointment" the companies' tiles are reached by a swipe on this half-size window.
        robot.interact(() -> robot.lookup("#services-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#tile-C");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(office.connection().queue().waiting()).isEmpty();
        assertThat(robot.lookup("#home").query().isVisible()).isTrue();
    }
}
