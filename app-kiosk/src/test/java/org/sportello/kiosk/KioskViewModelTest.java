package org.sportello.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.kiosk.ConfirmationViewModel.PrintState;
import org.sportello.kiosk.KioskViewModel.Screen;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.events.PrinterReport.State;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.ui.Dispatch;
import org.sportello.ui.ManualScheduler;
import org.sportello.link.InProcessOffice;
import org.sportello.ui.QueuedExecutor;

/** The kiosk's behaviour without a toolkit: direct executors, virtual time, a real H2 office. */
class KioskViewModelTest {
    static final KioskSettings SETTINGS = KioskSettings.defaults();

    @TempDir
    Path dir;
    TestOffice office;
    SwitchableTicketOffice desk;
    SimulatedTicketPrinter printer = new SimulatedTicketPrinter();
    ManualScheduler time;
    KioskViewModel vm;

    @BeforeEach
    void setUp() {
        office = TestOffice.embedded(dir);
        desk = new SwitchableTicketOffice(new LinkedTicketOffice(InProcessOffice.link(office.connection())));
        time = new ManualScheduler(office.clock());
    }

    @AfterEach
    void tearDown() {
        if (vm != null) {
            vm.stop();
        }
        office.close();
    }

    private KioskViewModel started(Executor background) {
        Executor direct = Runnable::run;
        vm = new KioskViewModel(desk, printer, new Dispatch(background, direct, time), SETTINGS.withClock(office.clock()));
        vm.start();
        return vm;
    }

    private KioskViewModel started() {
        return started(Runnable::run);
    }

    private void setOfficeTime(int hour, int minute) {
        office.clock().set(LocalDateTime.of(2026, 11, 24, hour, minute).atZone(TestOffice.ROME).toInstant());
    }

    @Test
    void tilesAreGroupedByArea() {
        started();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.officeNameProperty().get()).isEqualTo("Centro per l'Impiego di Bologna");
        assertThat(vm.personTiles()).extracting(ServiceTile::prefix).containsExactly("A", "B", "E");
        assertThat(vm.companyTiles()).extracting(ServiceTile::prefix).containsExactly("C", "D");
        assertThat(vm.personTiles().getFirst().name()).isEqualTo("Accoglienza e informazioni");
        assertThat(vm.personTiles()).allMatch(ServiceTile::open);
    }

    @Test
    void aKioskTheUpgradedOfficeRefusesSaysToUpdateItInBothLanguagesAndRecoversOnceUpdated() {
        desk.refuseEveryCall(new org.sportello.model.common.SportelloException(
                org.sportello.model.common.Problem.STATION_OUTDATED, "2", "3"));
        started();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        assertThat(vm.outageDetailProperty().get())
                .contains("Aggiornare questa postazione", "Update this station", "versione 2", "version 2");

        desk.up();
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.outageDetailProperty().get()).isEmpty();
    }

    @Test
    void anOrdinaryOutageShowsNoDetail() {
        desk.down();
        started();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        assertThat(vm.outageDetailProperty().get()).isEmpty();
    }

    @Test
    void aClosedServiceShowsItsHoursAndCannotBeChosen() {
        setOfficeTime(13, 0);
        started();
        ServiceTile companies = vm.companyTiles().getFirst();
        assertThat(companies.prefix()).isEqualTo("C");
        assertThat(companies.open()).isFalse();
        assertThat(companies.hours()).as("when it opens, from the opening hours").isEqualTo("Chiuso ora. Apre oggi alle 14:30.");
        assertThat(vm.companyTiles().get(1).open()).as("D has no hours: always open").isTrue();

        vm.choose("C");
        assertThat(desk.requests()).isEmpty();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void theHoursFollowTheClockWhileTheKioskRuns() {
        setOfficeTime(12, 29);
        started();
        assertThat(vm.companyTiles().getFirst().open()).isTrue();
        time.advance(Duration.ofMinutes(2));
        assertThat(vm.companyTiles().getFirst().open()).isFalse();
    }

    @Test
    void aDoubleTapIssuesExactlyOneTicket() {
        QueuedExecutor database = new QueuedExecutor();
        started(database);
        database.runAll();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);

        vm.choose("A");
        assertThat(vm.busyProperty().get()).isTrue();
        vm.choose("A");
        vm.choose("B");
        database.runAll();

        assertThat(desk.requests()).hasSize(1);
        assertThat(office.connection().queue().waiting()).extracting(Ticket::code).containsExactly("A001");
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void eachNewTapHasItsOwnKey() {
        started();
        vm.choose("A");
        vm.dismissConfirmation();
        vm.choose("A");
        assertThat(desk.requests()).extracting(r -> r.idempotencyKey()).doesNotHaveDuplicates().hasSize(2);
        assertThat(office.connection().queue().waiting()).hasSize(2);
    }

    @Test
    void aRetryAfterALostAnswerReusesTheKeyAndFindsTheSameTicket() {
        started();
        desk.loseNextAnswer();
        vm.choose("B");
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        assertThat(office.connection().queue().waiting()).as("committed before the link broke").hasSize(1);

        time.advance(SETTINGS.retryInterval());
        assertThat(vm.screenProperty().get()).as("still down").isEqualTo(Screen.OUT_OF_SERVICE);
        desk.up();
        time.advance(SETTINGS.retryInterval());

        assertThat(desk.requests()).hasSize(2);
        assertThat(desk.requests().get(1).idempotencyKey()).isEqualTo(desk.requests().get(0).idempotencyKey());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation().codeProperty().get()).isEqualTo("B001");
        assertThat(office.connection().queue().waiting()).as("no second ticket").hasSize(1);
        assertThat(printer.printed()).extracting(TicketPrintout::code).containsExactly("B001");
    }

    @Test
    void aTapThatFailedLongAgoIsNotSentWhenTheOfficeComesBack() {
        started();
        desk.down();
        vm.choose("A");
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        time.advance(SETTINGS.idleTimeout().plusSeconds(1));
        desk.up();
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(desk.requests()).hasSize(1);
        assertThat(office.connection().queue().waiting()).isEmpty();
    }

    @Test
    void aPrinterOutOfPaperKeepsTheTicketAndSaysToNoteTheNumber() {
        printer.setStatus(DeviceStatus.PAPER_OUT);
        started();
        vm.choose("A");

        assertThat(office.connection().queue().waiting()).extracting(Ticket::code).containsExactly("A001");
        assertThat(printer.printed()).isEmpty();
        ConfirmationViewModel c = vm.confirmation();
        assertThat(c.printStateProperty().get()).isEqualTo(PrintState.FAILED);
        assertThat(c.instructionProperty().get()).contains("senza carta").contains("A001").contains("accoglienza");
        assertThat(vm.printerWarning().get()).contains("stampante");

        time.advance(SETTINGS.confirmationTime().plusSeconds(1));
        assertThat(vm.screenProperty().get()).as("kept longer than a printed ticket").isEqualTo(Screen.CONFIRMATION);
        time.advance(SETTINGS.unprintedTime());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void anOpenCoverGetsItsOwnMessage() {
        printer.setStatus(DeviceStatus.COVER_OPEN);
        started();
        vm.choose("A");
        assertThat(vm.confirmation().instructionProperty().get())
                .startsWith("La stampante è aperta.").contains("A001");
    }

    private static PrinterReport report(State state) {
        return new PrinterReport(SETTINGS.station(), state);
    }

    @Test
    void theOfficeHearsOfThePrinterOnceEachTimeItChanges() {
        started();
        assertThat(desk.printerReports()).as("a (re)started kiosk clears what the office last heard")
                .containsExactly(report(State.OK));

        printer.setStatus(DeviceStatus.PAPER_OUT);
        vm.choose("A");
        assertThat(desk.printerReports()).containsExactly(report(State.OK), report(State.PAPER_OUT));
        vm.dismissConfirmation();
        time.advance(SETTINGS.printerCheckInterval());
        assertThat(desk.printerReports()).as("no repeats while nothing changes").hasSize(2);

        printer.setStatus(DeviceStatus.READY); // a roll loaded, no citizen in sight
        time.advance(SETTINGS.printerCheckInterval());
        assertThat(desk.printerReports()).containsExactly(report(State.OK), report(State.PAPER_OUT), report(State.OK));

        printer.setStatus(DeviceStatus.PAPER_LOW);
        vm.choose("B");
        assertThat(printer.printed()).extracting(TicketPrintout::code).containsExactly("B001");
        assertThat(desk.printerReports().getLast()).isEqualTo(report(State.PAPER_NEAR_END));
    }

    @Test
    void aReportThatCannotReachTheOfficeIsSentAgainOnTheNextCheck() {
        started();
        desk.down();
        printer.setStatus(DeviceStatus.COVER_OPEN);
        time.advance(SETTINGS.printerCheckInterval());
        assertThat(desk.printerReports()).containsExactly(report(State.OK));

        desk.up();
        time.advance(SETTINGS.printerCheckInterval());
        assertThat(desk.printerReports()).containsExactly(report(State.OK), report(State.COVER_OPEN));
    }

    @Test
    void aPrinterThatDoesNotAnswerIsNotReported() {
        printer.setStatus(DeviceStatus.UNKNOWN);
        started();
        time.advance(SETTINGS.printerCheckInterval());
        assertThat(desk.printerReports()).as("it may well be printing").isEmpty();
    }

    @Test
    void aPrinterThatThrowsDoesNotLoseTheTicket() {
        vm = new KioskViewModel(desk, new org.sportello.devices.printer.TicketPrinter() {
            @Override
            public org.sportello.devices.printer.PrintResult print(TicketPrintout ticket) {
                throw new IllegalStateException("USB unplugged");
            }

            @Override
            public DeviceStatus status() {
                return DeviceStatus.READY;
            }
        }, new Dispatch(Runnable::run, Runnable::run, time), SETTINGS.withClock(office.clock()));
        vm.start();
        vm.choose("A");
        assertThat(vm.confirmation().printStateProperty().get()).isEqualTo(PrintState.FAILED);
        assertThat(vm.confirmation().instructionProperty().get()).contains("non funziona").contains("A001");
        assertThat(office.connection().queue().waiting()).hasSize(1);
    }

    @Test
    void theTicketIsPrintedInTheChosenLanguage() {
        started();
        vm.setLanguage(Locale.ENGLISH);
        vm.choose("A");

        TicketPrintout p = printer.printed().getFirst();
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.code()).isEqualTo("A001");
        assertThat(p.serviceName()).isEqualTo("Reception and information");
        assertThat(p.officeName()).isEqualTo("Centro per l'Impiego di Bologna");
        assertThat(p.peopleAheadLine()).isEqualTo("Nobody is waiting before you");
        assertThat(p.waitLine()).as("no counter serves A: no promise")
                .isEqualTo("No counter is open for this service now: we cannot say how long you will wait.");
        assertThat(p.priorityLine()).isEmpty();
        assertThat(p.issuedAt().getZone()).isEqualTo(TestOffice.ROME);
        assertThat(p.issuedAt().toLocalDateTime()).isEqualTo(TestOffice.TUESDAY_MORNING);
        assertThat(p.qrPayload()).isEqualTo(office.connection().queue().waiting().getFirst().id().toString());
        assertThat(TicketPrintouts.dateTime(p)).isEqualTo("24 Nov 2026, 10:00");
        assertThat(vm.confirmation().instructionProperty().get()).isEqualTo("Please take your ticket below");
    }

    @Test
    void anItalianTicketCountsThePeopleAheadAndShowsAnItalianDate() {
        office.connection().queue().openCounter(office.login("mrossi"), 1); // serves B: the wait can be estimated
        started();
        vm.choose("B");
        vm.dismissConfirmation();
        office.clock().advance(Duration.ofMinutes(1));
        vm.choose("B");

        TicketPrintout second = printer.printed().get(1);
        assertThat(second.language()).isEqualTo("it");
        assertThat(second.code()).isEqualTo("B002");
        assertThat(second.peopleAheadLine()).isEqualTo("1 persona in attesa prima di lei");
        assertThat(second.waitLine()).isEqualTo("Attesa stimata: circa 12 minuti");
        assertThat(TicketPrintouts.dateTime(second)).isEqualTo("24/11/2026 10:01");
        assertThat(vm.confirmation().peopleAheadProperty().get()).isEqualTo(second.peopleAheadLine());
    }

    @Test
    void aPriorityChosenBeforeTheServiceGoesOnTheTicket() {
        started();
        vm.askPriority();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.PRIORITY);
        vm.choosePriority(PriorityClass.PREGNANCY);
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.priorityBanner().get()).isEqualTo("Biglietto con precedenza: gravidanza");

        vm.choose("A");
        assertThat(office.connection().queue().waiting().getFirst().priority()).isEqualTo(PriorityClass.PREGNANCY);
        assertThat(printer.printed().getFirst().priorityLine()).isEqualTo("Precedenza: gravidanza");
        vm.dismissConfirmation();
        assertThat(vm.priorityProperty().get()).as("the next citizen starts standard").isEqualTo(PriorityClass.STANDARD);
    }

    @Test
    void theConfirmationGoesHomeAfterAFewSecondsOrOnATap() {
        started();
        vm.choose("A");
        assertThat(vm.confirmation().printStateProperty().get()).isEqualTo(PrintState.PRINTED);
        time.advance(SETTINGS.confirmationTime().minusSeconds(1));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CONFIRMATION);
        time.advance(Duration.ofSeconds(1));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);

        vm.choose("A");
        vm.dismissConfirmation();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void idleResetGoesBackHomeInItalian() {
        started();
        vm.setLanguage(Locale.ENGLISH);
        vm.askPriority();
        time.advance(SETTINGS.idleTimeout().minusSeconds(1));
        vm.touched();
        time.advance(SETTINGS.idleTimeout().minusSeconds(1));
        assertThat(vm.screenProperty().get()).as("a touch restarts the count").isEqualTo(Screen.PRIORITY);

        time.advance(Duration.ofSeconds(1));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.localeProperty().get()).isEqualTo(Locale.ITALIAN);
        assertThat(vm.priorityProperty().get()).isEqualTo(PriorityClass.STANDARD);
        assertThat(vm.personTiles().getFirst().name()).isEqualTo("Accoglienza e informazioni");
    }

    @Test
    void theIdleNoticeHasWordsOnlyWhileItCountsDown() {
        started();
        var idle = vm.idleText();
        assertThat(vm.idleCountdownProperty().get()).isZero();
        assertThat(idle.get()).as("nothing formatted for a notice nobody sees").isEmpty();

        vm.askPriority();
        time.advance(SETTINGS.idleTimeout().minus(SETTINGS.idleWarning()).plusSeconds(1));
        assertThat(vm.idleCountdownProperty().get()).isPositive();
        assertThat(idle.get()).contains(String.valueOf(vm.idleCountdownProperty().get())).contains("secondi");

        vm.touched();
        assertThat(idle.get()).isEmpty();
    }

    @Test
    void theLanguageSwitchChangesEveryText() {
        started();
        var title = vm.text("home.title");
        assertThat(title.get()).isEqualTo("Scelga il servizio");
        assertThat(vm.text("home.persons").get()).isEqualTo("Servizi alle persone");

        vm.setLanguage(Locale.ENGLISH);
        assertThat(title.get()).isEqualTo("Choose a service");
        assertThat(vm.text("home.companies").get()).isEqualTo("Services for companies");
        assertThat(vm.personTiles()).extracting(ServiceTile::name)
                .containsExactly("Reception and information", "Registration, DID and certificates", "Booked appointments");
    }

    @Test
    void anUnreachableOfficeShowsOutOfServiceUntilItIsBack() {
        desk.down();
        started();
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        time.advance(Duration.ofSeconds(10));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);

        desk.up();
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.personTiles()).hasSize(3);
    }

    @Test
    void anOfficeLostWhileIdleIsNoticedByTheRefresh() {
        started();
        desk.down();
        time.advance(SETTINGS.refreshInterval());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.OUT_OF_SERVICE);
        desk.up();
        time.advance(SETTINGS.retryInterval());
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
    }

    @Test
    void aServiceThatClosedSinceTheScreenWasDrawnGivesANoticeNotAnOutage() {
        started();
        desk.failNextIssue(new SportelloException(Problem.SERVICE_CLOSED, "C", "lun–ven 08:30–12:30"));
        vm.choose("C");
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.HOME);
        assertThat(vm.noticeProperty().get()).isEqualTo(
                "Il servizio «Servizi amministrativi alle imprese» ha appena chiuso. Scelga un altro servizio.");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
