package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.css.CssParser;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.card.CardRead;
import org.sportello.devices.card.CardReadError;
import org.sportello.devices.card.CardSource;
import org.sportello.devices.printer.DocumentReceipt;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.kiosk.KioskViewModel.Screen;
import org.sportello.kiosk.language.KioskLanguage;
import org.sportello.kiosk.printer.VirtualTicketPrinter;
import org.sportello.kiosk.stamp.StampingViewModel.PrintState;
import org.sportello.kiosk.stamp.StampingViewModel.State;
import org.sportello.link.InProcessOffice;
import org.sportello.model.documents.CodeReader;
import org.sportello.model.documents.ScannedCode;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;
import org.sportello.ui.Screenshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Attendance stamping at the kiosk (issue 13, ADR 35) on a real H2 office: the tile, "show your card", the stamp,
 * the same stamp again, a refusal, a printer that fails, the office away. Every state at every kiosk size and in
 * every language goes through {@link ScreenCheck} and is saved under target/screenshots/kiosk-stamping/; the receipt
 * goes through the real ESC/POS driver onto the virtual printer and is read back.
 */
@ExtendWith(ApplicationExtension.class)
class KioskStampingScreensTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    static final CodiceFiscale ANNA = code("NREANN85T50A944");
    static final CodiceFiscale STRANGER = code("BNCLGU70A01F205");
    static final List<String> CSS_ERRORS = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;
    TestOffice office;
    SwitchableTicketOffice desk;
    ManualScheduler time;
    KioskViewModel vm;
    Scene scene;
    final List<String> problems = new ArrayList<>();
    int screenshots;

    static CodiceFiscale code(String first15) {
        return CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
    }

    @BeforeAll
    static void watchCss() {
        CssParser.errorsProperty().addListener((ListChangeListener<CssParser.ParseError>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(e -> CSS_ERRORS.add(e.toString()));
            }
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        if (vm != null) {
            robot.interact(vm::stop);
        }
        if (office != null) {
            office.close();
        }
    }

    @Test
    void portraitTotem1080x1920(FxRobot robot) throws Exception {
        everyState(robot, ScreenSize.TOTEM_32);
    }

    @Test
    void wallPanel1920x1080(FxRobot robot) throws Exception {
        everyState(robot, ScreenSize.WALL_22);
    }

    @Test
    void panel1366x768(FxRobot robot) throws Exception {
        everyState(robot, ScreenSize.TABLET_15);
    }

    @Test
    void panel1024x768(FxRobot robot) throws Exception {
        everyState(robot, ScreenSize.OLD_15);
    }

    @Test
    void theReceiptComesOutOfTheRealDriverWithTheNumberAndASealThatReadsBack(FxRobot robot) throws Exception {
        VirtualTicketPrinter virtual = VirtualTicketPrinter.create();
        open(robot, ScreenSize.TOTEM_32, virtual.printer());

        act(robot, vm::startStamping);
        act(robot, () -> vm.cardRead(card(ANNA)));

        assertThat(vm.stamping().stateProperty().get()).isEqualTo(State.DONE);
        assertThat(vm.stamping().printStateProperty().get()).isEqualTo(PrintState.PRINTED);
        assertThat(virtual.transport().printer().tickets()).hasSize(1);
        PrintedTicket paper = virtual.transport().printer().tickets().getFirst();
        String number = office.connection().protocol().year(TODAY.getYear()).getFirst().number().format();
        assertThat(paper.text()).contains(office.connection().directory().office().name(),
                "Timbratura del cartellino", "Presenza registrata", "Protocollo n. " + number, "24/11/2026 alle 10:00",
                "Codice fiscale NRE**********" + ANNA.code().substring(13));
        // No service, queue or priority words, and never the whole code.
        assertThat(paper.text()).doesNotContain(ANNA.code()).doesNotContainIgnoringCase("precedenza");
        List<ScannedCode> codes = new CodeReader().read(paper.image());
        assertThat(codes).extracting(ScannedCode::text).contains(number);
        String seal = codes.stream().filter(c -> c.symbology() == ScannedCode.Symbology.QR_CODE).findFirst()
                .orElseThrow().text();
        assertThat(office.connection().seals().verify(seal).outcome())
                .isEqualTo(org.sportello.model.seal.Outcome.GENUINE);
        java.nio.file.Files.createDirectories(Path.of("target/screenshots/kiosk-stamping"));
        javax.imageio.ImageIO.write(paper.image(), "png",
                Path.of("target/screenshots/kiosk-stamping/receipt-80mm.png").toFile());

        // In Arabic the words the printer cannot print go in Italian; number and date read the same.
        act(robot, vm::leaveStamping);
        act(robot, () -> vm.setLanguage(KioskLanguage.ARABIC));
        act(robot, vm::startStamping);
        act(robot, () -> vm.cardRead(card(ANNA)));
        PrintedTicket again = virtual.transport().printer().tickets().getLast();
        assertThat(again.text()).contains("Protocollo n. " + number, "Timbratura del cartellino");
    }

    @Test
    void aCardShownOnHomeStampsAtOnceAndAnOfficeThatDoesNotStampShowsNoTile(FxRobot robot) throws Exception {
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
        open(robot, ScreenSize.TOTEM_32, printer);
        act(robot, () -> vm.cardRead(card(ANNA)));
        act(robot, vm::startStamping);

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.STAMPING);
        assertThat(vm.stamping().stateProperty().get()).isEqualTo(State.DONE);
        assertThat(vm.card().taxCode()).as("the card went to the stamp, not to the next ticket").isEmpty();
        assertThat(printer.receipts()).singleElement().extracting(DocumentReceipt::heading)
                .isEqualTo("Timbratura del cartellino");
        // The stamp's screen goes home by itself, like a ticket's.
        act(robot, () -> time.advance(vm.settings().confirmationTime().plusSeconds(1)));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);

        act(robot, vm::stop);
        // The same office, read by a kiosk as an office that does not stamp (set-up stamping.offered=false).
        TicketOffice linked = new LinkedTicketOffice(InProcessOffice.link(office.connection()));
        TicketOffice notStamping = new TicketOffice() {
            @Override
            public org.sportello.model.office.OfficeInfo office() {
                var o = linked.office();
                return new org.sportello.model.office.OfficeInfo(o.id(), o.code(), o.name(), o.address(), o.zone());
            }

            @Override
            public List<org.sportello.model.office.ServiceInfo> services() {
                return linked.services();
            }

            @Override
            public List<org.sportello.model.office.CounterInfo> counters() {
                return linked.counters();
            }

            @Override
            public org.sportello.model.queue.IssuedTicket issue(org.sportello.model.queue.IssueRequest request) {
                return linked.issue(request);
            }

            @Override
            public void reportPrinter(org.sportello.model.events.PrinterReport report) {
                linked.reportPrinter(report);
            }

            @Override
            public org.sportello.model.agenda.CheckInAnswer checkIn(String code, String taxCode, String language,
                                                                    String key, boolean offerWalkIn) {
                return linked.checkIn(code, taxCode, language, key, offerWalkIn);
            }
        };
        openOn(robot, ScreenSize.TOTEM_32, new SimulatedTicketPrinter(), notStamping);
        assertThat(scene.lookup("#tile-stamp").isVisible()).isFalse();
        act(robot, vm::startStamping);
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void anExpiredCardIsRefusedWithItsReasonWhetherShownBeforeOrAfterTheTile(FxRobot robot) throws Exception {
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
        open(robot, ScreenSize.TOTEM_32, printer);
        // Only the chip carries the expiry date; the kiosk sends it with the code and the office judges it.
        CardRead expired = card(ANNA).expiring(TODAY.minusDays(1));

        act(robot, vm::startStamping);
        act(robot, () -> vm.cardRead(expired));
        assertThat(vm.stamping().stateProperty().get()).isEqualTo(State.REFUSED);
        assertThat(vm.stamping().messageProperty().get()).isEqualTo(
                "La tessera sanitaria è scaduta.\nChieda all'accoglienza.");
        check(robot, ScreenSize.TOTEM_32, "totem-refused-expired");

        act(robot, vm::leaveStamping);
        act(robot, () -> vm.cardRead(expired));
        act(robot, vm::startStamping);
        assertThat(vm.stamping().stateProperty().get()).as("the card shown on home keeps its date")
                .isEqualTo(State.REFUSED);
        assertThat(printer.receipts()).as("nothing stamped, nothing printed").isEmpty();
        assertThat(office.connection().protocol().year(TODAY.getYear())).isEmpty();

        // Valid until today: stamped.
        act(robot, vm::leaveStamping);
        act(robot, vm::startStamping);
        act(robot, () -> vm.cardRead(card(ANNA).expiring(TODAY)));
        assertThat(vm.stamping().stateProperty().get()).isEqualTo(State.DONE);
        assertThat(printer.receipts()).hasSize(1);
        assertThat(problems).isEmpty();
    }

    private void everyState(FxRobot robot, ScreenSize size) throws Exception {
        SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
        open(robot, size, printer);
        assertThat(scene.lookup("#tile-stamp").isVisible()).as("the demo office offers stamping").isTrue();
        for (KioskLanguage language : KioskLanguage.values()) {
            String at = size.name() + "-" + language.tag();
            act(robot, () -> vm.setLanguage(language));
            check(robot, size, at + "-home");

            act(robot, vm::startStamping);
            assertThat(vm.screenProperty().get()).isEqualTo(Screen.STAMPING);
            check(robot, size, at + "-ask-card");

            act(robot, () -> vm.cardRead(card(ANNA)));
            assertThat(vm.stamping().stateProperty().get()).isEqualTo(State.DONE);
            assertThat(vm.stamping().printStateProperty().get()).isEqualTo(PrintState.PRINTED);
            check(robot, size, at + "-stamped");

            again(robot, language);
            act(robot, () -> vm.cardRead(card(ANNA)));
            assertThat(vm.stamping().messageProperty().get()).isNotBlank();
            check(robot, size, at + "-stamped-again");

            again(robot, language);
            act(robot, () -> vm.cardRead(card(STRANGER)));
            assertThat(vm.stamping().stateProperty().get()).isEqualTo(State.REFUSED);
            check(robot, size, at + "-refused-unknown");
            act(robot, () -> vm.cardRead(CardRead.failed(CardReadError.CARD_ERROR, "no answer")));
            check(robot, size, at + "-refused-unreadable");

            again(robot, language);
            act(robot, () -> printer.setStatus(DeviceStatus.PAPER_OUT));
            act(robot, () -> vm.cardRead(card(ANNA)));
            assertThat(vm.stamping().printStateProperty().get()).isEqualTo(PrintState.FAILED);
            assertThat(vm.stamping().instructionProperty().get()).contains("BO01-2026-");
            check(robot, size, at + "-printer-failed");
            act(robot, () -> printer.setStatus(DeviceStatus.READY));

            again(robot, language);
            act(robot, vm::toggleLargeText);
            act(robot, () -> vm.cardRead(card(ANNA)));
            check(robot, size, at + "-stamped-large");
            act(robot, vm::toggleLargeText);
            act(robot, vm::toggleHighContrast);
            check(robot, size, at + "-stamped-contrast");
            act(robot, vm::leaveStamping);
            assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
            // A new day for the next language: a fresh stamp, not the same one again.
            office.clock().advance(Duration.ofDays(1));
        }

        act(robot, () -> vm.setLanguage(KioskLanguage.ITALIAN));
        act(robot, vm::startStamping);
        act(robot, desk::down);
        act(robot, () -> vm.cardRead(card(ANNA)));
        assertThat(vm.screenProperty().get()).as("the office away: out of service, as for a ticket")
                .isEqualTo(Screen.OUT_OF_SERVICE);
        act(robot, desk::up);
        act(robot, () -> time.advance(vm.settings().retryInterval()));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);

        assertThat(CSS_ERRORS).as("CSS parse errors").isEmpty();
        assertThat(problems).as("what a citizen would see wrong").isEmpty();
        assertThat(screenshots).isEqualTo(9 * 9);
        try (var c = office.connection().database().dataSource().getConnection();
             var ps = c.prepareStatement("SELECT COUNT(*) FROM attendance_stamp");
             var rs = ps.executeQuery()) {
            rs.next();
            assertThat(rs.getInt(1)).as("one stamp a day, nine days").isEqualTo(9);
        }
    }

    /** Back home and to the stamping screen again, in the language (home resets it for the next citizen). */
    private void again(FxRobot robot, KioskLanguage language) {
        act(robot, vm::leaveStamping);
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        act(robot, () -> vm.setLanguage(language));
        act(robot, vm::startStamping);
    }

    private static CardRead card(CodiceFiscale code) {
        return CardRead.identified(code, CardSource.CHIP);
    }

    private void open(FxRobot robot, ScreenSize size, TicketPrinter printer) {
        office = TestOffice.embedded(dir);
        new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                .register(ANNA, "Neri", "Anna", "Bologna", TODAY.minusYears(1));
        openOn(robot, size, printer, new LinkedTicketOffice(InProcessOffice.link(office.connection())));
    }

    private void openOn(FxRobot robot, ScreenSize size, TicketPrinter printer, TicketOffice base) {
        desk = new SwitchableTicketOffice(base);
        time = new ManualScheduler(office.clock());
        robot.interact(() -> {
            vm = new KioskViewModel(desk, printer, new Dispatch(Runnable::run, Runnable::run, time),
                    KioskSettings.defaults().withClock(office.clock()).withScreen(size));
            scene = KioskApp.scene(vm, size.widthPx(), size.heightPx());
            vm.start();
            // The services' scroll pane holds the tiles once its skin exists, which the first CSS pass makes.
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    private void act(FxRobot robot, Runnable action) {
        robot.interact(action);
    }

    private void check(FxRobot robot, ScreenSize size, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            scene.getRoot().resize(scene.getWidth(), scene.getHeight());
            scene.getRoot().layout();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            StackPane kiosk = (StackPane) scene.lookup("#kiosk-root");
            Node top = kiosk.getChildren().reversed().stream().filter(Node::isVisible).findFirst().orElseThrow();
            problems.addAll(ScreenCheck.problems(name, top, scene.getWidth(), scene.getHeight(), size.pixelsPerMm()));
            if (vm.languageProperty().get() == KioskLanguage.CHINESE && vm.screenProperty().get() == Screen.STAMPING) {
                Labeled heading = (Labeled) kiosk.lookup("#stamp-heading");
                if (!heading.getFont().getFamily().equals("Droid Sans Fallback")) {
                    problems.add(name + ": Chinese drawn with " + heading.getFont().getFamily());
                }
            }
        });
        Screenshots.save(scene.getRoot(), "kiosk-stamping/" + name);
        screenshots++;
    }
}
