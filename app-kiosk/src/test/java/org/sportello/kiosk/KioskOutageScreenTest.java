package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.link.StationLink;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.StationRole;
import org.sportello.ui.LoopbackOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The kiosk, an enrolled station, against a real office server over mutual TLS on 127.0.0.1 that goes
 * away: stopped and started again on the same data folder and ports, as when the office PC reboots.
 */
@ExtendWith(ApplicationExtension.class)
class KioskOutageScreenTest {
    static final KioskSettings FAST = KioskSettings.defaults().withRetryInterval(Duration.ofMillis(300));

    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink kiosk;
    Stage stage;

    @BeforeEach
    void startOffice() {
        office = LoopbackOffice.start(dir);
        kiosk = office.station("chiosco-ingresso", StationRole.KIOSK, dir.resolve("kiosk"));
    }

    private void start(FxRobot robot, SimulatedTicketPrinter printer) {
        robot.interact(() -> {
            stage = new Stage();
            KioskApp.start(stage, kiosk, printer, false, FAST.withClock(office.clock()));
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::hide);
        }
        kiosk.close();
        office.close();
    }

    private static void await(FxRobot robot, String screenId, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> robot.lookup(screenId).tryQuery().map(n -> n.isVisible()).orElse(false));
    }

    /** The tap itself, fired on our own window's tile (the robot's mouse may land on another test's window). */
    private void tap(FxRobot robot, String tile) {
        robot.interact(() -> ((Button) stage.getScene().lookup(tile)).fire());
    }

    /** The waiting line as a desk with a logged-in operator reads it from the server. */
    private java.util.List<String> waitingCodes() {
        try (StationLink desk = office.station("sportello-" + System.nanoTime(), StationRole.DESK,
                dir.resolve("desk-" + System.nanoTime()))) {
            OperatorSession maria = desk.services().auth().login("mrossi", "demo".toCharArray());
            desk.operator(maria);
            return desk.services().queue().waiting().stream().map(Ticket::code).toList();
        }
    }

    @Test
    void aTapWhileTheServerIsDownShowsOutOfServiceAndTheTicketComesWhenItIsBack(FxRobot robot) throws Exception {
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
        start(robot, printer);
        await(robot, "#home", 15);

        office.stop();
        tap(robot, "#tile-A");
        await(robot, "#out-of-service", 15);
        assertThat(robot.lookup(".outage-title").queryAs(Label.class).getText())
                .isEqualTo("Servizio non disponibile ora");
        assertThat(robot.lookup(".outage-other.lang-en").queryAs(Label.class).getText())
                .as("every kiosk language at once, English among them")
                .isEqualTo("Service not available now. Please ask at the reception desk.");
        assertThat(robot.lookup(".outage-other").queryAll()).hasSize(8);
        Screenshots.save(robot.lookup("#kiosk-root").query(), "kiosk-out-of-service");

        office.startAgain();
        // The tap is still waiting for its answer: it is sent again with the same key, once.
        await(robot, "#confirmation", 45);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> printer.printed().size() == 1);
        assertThat(printer.printed()).extracting(TicketPrintout::code).containsExactly("A001");
        assertThat(waitingCodes()).containsExactly("A001");
    }

    @Test
    void aKioskStartedWhileTheServerIsDownComesUpByItselfAndIssuesATicket(FxRobot robot) throws Exception {
        office.stop();
        assertThat(kiosk.reachable()).isFalse();
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
        start(robot, printer);
        await(robot, "#out-of-service", 15);

        office.startAgain();
        await(robot, "#home", 45);
        assertThat(kiosk.reachable()).isTrue();
        assertThat(robot.lookup("#tile-A").tryQuery()).isPresent();

        tap(robot, "#tile-A");
        await(robot, "#confirmation", 15);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> printer.printed().size() == 1);
        assertThat(printer.printed()).extracting(TicketPrintout::code).containsExactly("A001");
        assertThat(waitingCodes()).containsExactly("A001");
    }
}
