package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardSource;
import org.sportello.devices.card.SimulatedCardReader;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.scanner.SimulatedBarcodeScanner;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.link.StationLink;
import org.sportello.model.queue.TicketKind;
import org.sportello.model.setup.DemoPeople;
import org.sportello.protocol.StationRole;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.LoopbackOffice;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Check-in at the kiosk against a real office server over mutual TLS, the kiosk enrolled as a station, its QR
 * scanner and card reader simulated, the real ESC/POS driver printing on the virtual printer: on time (by the
 * letter's QR, and by a card shown on the home screen), early, late, on the wrong day, an altered QR, and a card
 * with no appointment, where the citizen takes the normal ticket offered.
 */
@ExtendWith(ApplicationExtension.class)
class CheckInOverServerTest {
    @TempDir
    Path dir;
    LoopbackOffice office;
    StationLink link;
    Stage stage;
    KioskViewModel vm;
    final VirtualTicketPrinter printer = VirtualTicketPrinter.create();
    final SimulatedCardReader cards = new SimulatedCardReader();
    final SimulatedBarcodeScanner scanner = new SimulatedBarcodeScanner();
    String letter;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        String[] booked = new String[1];
        // Booked at 10:00 on Tuesday 24/11/2026, the desk of mrossi (Maria Rossi); the shipped rule: check-in from
        // 15 minutes before to 15 minutes after the start, a normal ticket offered to those turned away.
        office = LoopbackOffice.start(dir, test -> {
            Appointments day = Appointments.on(test);
            booked[0] = day.letter(day.book(DemoPeople.MARIO_ROSSI, "mrossi", LocalDateTime.of(2026, 11, 24, 10, 30)));
            day.book(DemoPeople.SARA_ESPOSITO, "lbianchi", LocalDateTime.of(2026, 11, 24, 10, 30));
            day.book(DemoPeople.PAOLO_CONTI, "mrossi", LocalDateTime.of(2026, 11, 24, 11, 0));
            day.book(DemoPeople.GIULIA_BIANCHI, "lbianchi", LocalDateTime.of(2026, 11, 26, 9, 0));
        });
        letter = booked[0];
        link = office.station("chiosco-ingresso", StationRole.KIOSK, dir.resolve("kiosk"));
        vm = KioskApp.start(stage, link, printer.printer(), false, KioskSettings.defaults().withClock(office.clock()),
                cards, scanner);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(stage::hide);
        link.close();
        office.close();
    }

    @Test
    void everyCaseOfCheckIn(FxRobot robot) throws TimeoutException {
        await(() -> vm.screenProperty().get() == KioskViewModel.Screen.HOME && robot.lookup("#tile-A").tryQuery().isPresent());

        // 10:00, too early: from when, and a normal ticket only if the citizen wants one.
        robot.clickOn("#appointment-tile");
        await(() -> shown(robot, "#checkin-steps"));
        Screenshots.save(screen(robot), "checkin-over-server/waiting");
        cards.present(card(DemoPeople.MARIO_ROSSI));
        await(() -> shown(robot, "#checkin-explanation"));
        assertThat(text(robot, "#checkin-explanation"))
                .isEqualTo("È in anticipo. Il suo appuntamento è alle 10:30. Può registrare l'arrivo dalle 10:15.");
        assertThat(shown(robot, "#checkin-walkin")).isTrue();
        assertThat(shown(robot, "#checkin-steps")).as("the refusal replaces the instructions").isFalse();
        Screenshots.save(screen(robot), "checkin-over-server/early");
        assertThat(link.services().queue().waiting()).as("nobody joins the line unasked").isEmpty();
        robot.clickOn("#checkin-walkin");
        PrintedTicket walkIn = printed(1);
        assertThat(walkIn.text()).contains("E001").doesNotContain("Appuntamento");
        assertThat(link.services().queue().findToday("E001").orElseThrow().kind()).isEqualTo(TicketKind.WALK_IN);
        dismiss(robot);

        // The wrong day: says which day; a normal ticket on offer.
        checkInScreen(robot);
        cards.present(card(DemoPeople.GIULIA_BIANCHI));
        await(() -> shown(robot, "#checkin-explanation"));
        assertThat(text(robot, "#checkin-explanation"))
                .isEqualTo("Il suo appuntamento non è oggi. È il 26/11/2026 alle 09:00.");
        await(() -> shown(robot, "#checkin-walkin"));
        Screenshots.save(screen(robot), "checkin-over-server/other-day");

        // An altered QR, on the same screen: no ticket of any kind, only where to ask.
        scanner.scan(Appointments.altered(letter));
        await(() -> text(robot, "#checkin-explanation").equals("Il codice di questa lettera non è valido."));
        assertThat(shown(robot, "#checkin-walkin")).isFalse();
        assertThat(text(robot, "#checkin-hint")).isEqualTo("Per aiuto chieda all'accoglienza.");
        Screenshots.save(screen(robot), "checkin-over-server/altered");

        // A card with no appointment: the normal ticket offered, taken; the card goes with it.
        cards.present(card(Appointments.NOBODY));
        await(() -> text(robot, "#checkin-explanation").equals("Oggi non c'è nessun appuntamento a suo nome."));
        robot.clickOn("#checkin-walkin");
        assertThat(printed(2).text()).contains("E002");
        assertThat(link.services().queue().waiting()).hasSize(2);
        dismiss(robot);

        // 10:20, on time: the letter's QR, scanned on the home screen, prints the appointment ticket.
        office.clock().set(at(10, 20));
        scanner.scan(letter);
        await(() -> "E003".equals(text(robot, "#ticket-code")));
        assertThat(text(robot, "#ticket-service")).isEqualTo("Appuntamento alle 10:30 con Maria Rossi");
        assertThat(text(robot, "#people-ahead"))
                .isEqualTo("Attenda in sala: lo schermo mostrerà il suo numero e lo sportello.");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("nothing about the citizen on the screen").noneMatch(t -> t.contains("RSSMRA") || t.contains("Mario"));
        PrintedTicket appointment = printed(3);
        assertThat(appointment.text()).contains("E003").contains("Appuntamento").contains("10:30").contains("Maria Rossi")
                .doesNotContain("RSSMRA").doesNotContain("Mario");
        assertThat(link.services().queue().findToday("E003").orElseThrow().kind()).isEqualTo(TicketKind.APPOINTMENT);
        Screenshots.save(screen(robot), "checkin-over-server/appointment-ticket");
        dismiss(robot);

        // 10:46, late (Sara, 10:30 with Luca Bianchi): said plainly, with a normal ticket on offer.
        office.clock().set(at(10, 46));
        checkInScreen(robot);
        cards.present(card(DemoPeople.SARA_ESPOSITO));
        await(() -> shown(robot, "#checkin-explanation"));
        assertThat(text(robot, "#checkin-explanation"))
                .isEqualTo("Il suo appuntamento era alle 10:30. Ora è tardi per registrare l'arrivo.");
        assertThat(shown(robot, "#checkin-walkin")).isTrue();
        Screenshots.save(screen(robot), "checkin-over-server/late");
        robot.clickOn("#checkin-back");
        await(() -> vm.screenProperty().get() == KioskViewModel.Screen.HOME);

        // 10:50, a card shown on the home screen by a citizen booked for 11:00: checked in at once.
        office.clock().set(at(10, 50));
        cards.present(card(DemoPeople.PAOLO_CONTI));
        await(() -> "E004".equals(text(robot, "#ticket-code")));
        assertThat(text(robot, "#ticket-service")).isEqualTo("Appuntamento alle 11:00 con Maria Rossi");
        assertThat(printed(4).text()).contains("E004").contains("11:00");
        assertThat(link.services().queue().findToday("E004").orElseThrow().kind()).isEqualTo(TicketKind.APPOINTMENT);
    }

    private static java.time.Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 24, hour, minute).atZone(TestOffice.ROME).toInstant();
    }

    private void checkInScreen(FxRobot robot) throws TimeoutException {
        if (vm.screenProperty().get() != KioskViewModel.Screen.CHECK_IN) {
            robot.clickOn("#appointment-tile");
        }
        await(() -> vm.screenProperty().get() == KioskViewModel.Screen.CHECK_IN);
    }

    /** The number's screen, once printed, back to the start as a tap does. */
    private void dismiss(FxRobot robot) throws TimeoutException {
        await(() -> vm.confirmation().printStateProperty().get() != ConfirmationViewModel.PrintState.PRINTING);
        robot.interact(vm::dismissConfirmation);
        await(() -> vm.screenProperty().get() == KioskViewModel.Screen.HOME);
    }

    private PrintedTicket printed(int count) throws TimeoutException {
        await(() -> printer.transport().printer().tickets().size() == count);
        return printer.transport().printer().tickets().get(count - 1);
    }

    private CardRead card(String code) {
        return CardRead.identified(CodiceFiscale.of(code, LocalDate.of(2026, 11, 24)), CardSource.CHIP);
    }

    private Node screen(FxRobot robot) {
        return robot.lookup("#kiosk-root").query();
    }

    /** Read on the FX thread: the screen changes there, between two reads of a test thread. */
    private static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse(""));
    }

    private static boolean shown(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).tryQuery().map(n -> n.getScene() != null && ancestorsVisible(n))
                .orElse(false));
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean ancestorsVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
