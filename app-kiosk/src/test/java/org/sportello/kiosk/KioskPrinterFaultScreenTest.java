package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.kiosk.printer.PrintedTicketsApp;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.link.InProcessOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk printing through the real ESC/POS driver onto the virtual printer, with the demo's
 * printed-tickets window beside it: its switches take the paper away and give it back.
 */
@ExtendWith(ApplicationExtension.class)
class KioskPrinterFaultScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    final VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    Stage kiosk;
    Stage tickets;

    @Start
    void start(Stage stage) {
        kiosk = stage;
        office = TestOffice.embedded(dir);
        KioskApp.start(stage, InProcessOffice.link(office.connection()), printer.printer(), false,
                KioskSettings.defaults().withClock(office.clock()).withStation("Chiosco ingresso"));
        tickets = new Stage();
        PrintedTicketsApp.start(tickets, printer.transport());
        // Side by side inside the 1000 × 1000 headless screen, so a click lands on the window meant.
        place(kiosk, 0, 0, KioskApp.WIDTH / 2, KioskApp.HEIGHT / 2);
        place(tickets, 545, 0, 440, 960);
    }

    private static void place(Stage s, double x, double y, double w, double h) {
        s.setX(x);
        s.setY(y);
        s.setWidth(w);
        s.setHeight(h);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            tickets.hide();
            kiosk.hide();
        });
        office.close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private List<PrinterReport> reports() {
        return office.connection().events().after(0, 1000).stream()
                .filter(e -> e.type() == EventType.PRINTER_STATUS)
                .map(PrinterReport::of).flatMap(java.util.Optional::stream).toList();
    }

    private static List<PrintedTicket> ticketsInWindow(FxRobot robot) {
        return robot.lookup(".paper-image").queryAllAs(ImageView.class).stream()
                .map(v -> (PrintedTicket) v.getUserData()).toList();
    }

    @Test
    void paperOutShowsTheNumberWarnsTheOfficeAndPrintsNothingThenPaperBackPrintsTheNextOne(FxRobot robot)
            throws TimeoutException {
        await(() -> robot.lookup("#tile-A").tryQuery().isPresent() && robot.lookup("#home").query().isVisible());
        await(() -> reports().contains(new PrinterReport("Chiosco ingresso", PrinterReport.State.OK)));

        robot.clickOn("#condition-PAPER_OUT");
        assertThat(printer.transport().condition()).isEqualTo(SimulatedCondition.PAPER_OUT);
        robot.clickOn("#tile-A");
        await(() -> text(robot, "#print-message").contains("senza carta"));

        assertThat(text(robot, "#ticket-code")).isEqualTo("A001");
        assertThat(text(robot, "#print-message")).isEqualTo(
                "La stampante è senza carta.\nScriva il suo numero: A001\nPer aiuto chieda all'accoglienza.");
        assertThat(office.connection().queue().waiting()).extracting(Ticket::code).containsExactly("A001");
        await(() -> reports().getLast().state() == PrinterReport.State.PAPER_OUT);
        assertThat(reports().getLast().station()).isEqualTo("Chiosco ingresso");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(printer.transport().printer().tickets()).as("no paper, nothing printed").isEmpty();
        assertThat(ticketsInWindow(robot)).isEmpty();
        assertThat(robot.lookup(".printed-none").query().isVisible()).isTrue();
        Screenshots.save(robot.lookup("#kiosk-root").query(), "kiosk-virtual-printer-paper-out");
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets-paper-out");

        robot.clickOn("#condition-READY");
        robot.clickOn("#ticket-code"); // back home: the number has been seen
        await(() -> robot.lookup("#home").query().isVisible());
        robot.clickOn("#tile-A");
        await(() -> "Prenda il biglietto qui sotto".equals(text(robot, "#print-message")));

        assertThat(text(robot, "#ticket-code")).isEqualTo("A002");
        await(() -> ticketsInWindow(robot).size() == 1);
        PrintedTicket paper = ticketsInWindow(robot).getFirst();
        assertThat(paper.textLines()).as("what the bytes say").contains("A002", "Centro per l'Impiego di Bologna");
        assertThat(paper.text()).doesNotContain("A001");
        assertThat(printer.transport().printer().tickets()).containsExactly(paper);
        await(() -> reports().getLast().state() == PrinterReport.State.OK);
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets-after-paper-loaded");
    }

    @Test
    void paperNearEndStillPrintsAndTheOfficeHearsOfIt(FxRobot robot) throws TimeoutException {
        await(() -> robot.lookup("#tile-B").tryQuery().isPresent() && robot.lookup("#home").query().isVisible());
        robot.clickOn("#condition-PAPER_NEAR_END");
        robot.clickOn("#tile-B");
        await(() -> "Prenda il biglietto qui sotto".equals(text(robot, "#print-message")));

        await(() -> ticketsInWindow(robot).size() == 1);
        assertThat(ticketsInWindow(robot).getFirst().textLines()).contains("B001");
        await(() -> !reports().isEmpty() && reports().getLast().state() == PrinterReport.State.PAPER_NEAR_END);
        assertThat(office.connection().events().after(0, 1000)).extracting(OfficeEvent::type)
                .filteredOn(t -> t == EventType.PRINTER_STATUS).hasSizeLessThanOrEqualTo(2);
        Screenshots.save(robot.lookup("#printed-root").query(), "printed-tickets-near-end-printed");
    }
}
