package org.sportello.operator.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.events.DeviceReport;
import org.sportello.model.events.PrinterReport;
import org.sportello.model.events.PrinterReport.State;
import org.sportello.model.office.CounterState;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.Ticket;
import org.sportello.model.queue.TicketStatus;
import org.sportello.operator.desk.DeskViewModel.Sheet;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.testing.SwitchableOffice;
import org.sportello.operator.ui.Notice;

/** The desk's logic on a real demo office (H2 file), synchronously and without a toolkit. */
class DeskViewModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    DeskViewModel desk;
    int logouts;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        desk = deskFor("mrossi", 1);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private DeskViewModel deskFor(String login, int counter) {
        DeskViewModel d = new DeskViewModel(f.sitDown(login, counter), f.work, f.office.clock(), () -> logouts++);
        d.start();
        return d;
    }

    private Map<DeskAction, Boolean> enablement() {
        return Arrays.stream(DeskAction.values())
                .collect(Collectors.toMap(a -> a, a -> desk.enabledProperty(a).get()));
    }

    private Notice notice() {
        return desk.noticeProperty().get();
    }

    private QueueOverview.CounterStatus counterInDb(int number) {
        return f.queue().overview().counters().stream().filter(c -> c.number() == number).findFirst().orElseThrow();
    }

    @Test
    void anIdleDeskOffersCallingButNothingThatNeedsATicket() {
        assertThat(desk.cardProperty().get()).isNull();
        assertThat(enablement()).containsAllEntriesOf(Map.of(
                DeskAction.CALL_NEXT, true, DeskAction.CALL_SPECIFIC, true, DeskAction.PAUSE, true,
                DeskAction.LOG_OUT, true, DeskAction.RECALL, false, DeskAction.FINISH, false,
                DeskAction.NO_SHOW, false, DeskAction.TRANSFER, false, DeskAction.CLOSE_DAY, false));
    }

    @Test
    void callingNextShowsTheTicketAndTurnsTheButtonsAround() {
        f.issue("A", PriorityClass.PREGNANCY);
        f.office.clock().advance(Duration.ofMinutes(7));

        desk.trigger(DeskAction.CALL_NEXT);

        TicketCard card = desk.cardProperty().get();
        assertThat(card.code()).isEqualTo("A001");
        assertThat(card.serviceName()).isEqualTo("A · Accoglienza e informazioni");
        assertThat(card.priority()).isEqualTo(PriorityClass.PREGNANCY);
        assertThat(card.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(card.waited()).isEqualTo(Duration.ofMinutes(7));
        assertThat(card.recalls()).isZero();
        assertThat(notice()).isEqualTo(Notice.success("Chiamato A001"));
        assertThat(enablement()).containsAllEntriesOf(Map.of(
                DeskAction.CALL_NEXT, false, DeskAction.CALL_SPECIFIC, false, DeskAction.LOG_OUT, false,
                DeskAction.RECALL, true, DeskAction.FINISH, true, DeskAction.NO_SHOW, true,
                DeskAction.TRANSFER, true));

        f.office.clock().advance(Duration.ofSeconds(95));
        desk.tick();
        assertThat(desk.cardProperty().get().atCounter()).isEqualTo(Duration.ofSeconds(95));
    }

    @Test
    void callingWithNobodyWaitingSaysSo() {
        desk.trigger(DeskAction.CALL_NEXT);

        assertThat(desk.cardProperty().get()).isNull();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.INFO);
        assertThat(notice().text()).isEqualTo("Nessuno in attesa per questo sportello.");
    }

    @Test
    void aShortcutForAnActionThatIsOffStillReachesTheServiceWhichSaysWhy() {
        desk.trigger(DeskAction.RECALL);

        assertThat(notice().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice().text()).isEqualTo("Lo sportello 1 non sta servendo nessuno.");
    }

    @Test
    void recallsAreCounted() {
        f.issue("A");
        desk.trigger(DeskAction.CALL_NEXT);

        desk.trigger(DeskAction.RECALL);
        desk.trigger(DeskAction.RECALL);

        assertThat(desk.cardProperty().get().recalls()).isEqualTo(2);
        assertThat(notice().text()).isEqualTo("A001 richiamato (richiamo n. 2)");
        assertThat(f.today("A001").recallCount()).isEqualTo(2);
    }

    @Test
    void doneAsksForTheOutcomeAndRecordsIt() {
        f.issue("A");
        desk.trigger(DeskAction.CALL_NEXT);

        desk.trigger(DeskAction.FINISH);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.OUTCOME);
        desk.trigger(DeskAction.CALL_NEXT);
        assertThat(f.queue().current(1)).as("keys behind an open sheet do nothing").isPresent();

        desk.finish(Outcome.INFORMATION_GIVEN);

        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.NONE);
        assertThat(desk.cardProperty().get()).isNull();
        assertThat(notice().text()).isEqualTo("A001 concluso: Informazioni fornite");
        Ticket done = f.today("A001");
        assertThat(done.status()).isEqualTo(TicketStatus.DONE);
        assertThat(done.outcome()).isEqualTo(Outcome.INFORMATION_GIVEN);
        assertThat(desk.enabledProperty(DeskAction.CALL_NEXT).get()).isTrue();
    }

    @Test
    void noShowIsRefusedBeforeARecallWithTheServicesReasonThenAllowed() {
        f.issue("A");
        desk.trigger(DeskAction.CALL_NEXT);

        desk.trigger(DeskAction.NO_SHOW);

        assertThat(notice().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice().text()).contains("A001").contains("non è ancora stato richiamato");
        assertThat(desk.cardProperty().get().code()).as("still being served").isEqualTo("A001");

        desk.trigger(DeskAction.RECALL);
        desk.trigger(DeskAction.NO_SHOW);

        assertThat(desk.cardProperty().get()).isNull();
        assertThat(notice()).isEqualTo(Notice.success("A001 segnato come assente"));
        assertThat(f.today("A001").status()).isEqualTo(TicketStatus.NO_SHOW);
    }

    @Test
    void transferToAServiceKeepsThePlaceInItsNewLine() {
        f.issue("A");
        f.issue("B");
        desk.trigger(DeskAction.CALL_NEXT);
        assertThat(desk.cardProperty().get().code()).isEqualTo("A001");

        desk.trigger(DeskAction.TRANSFER);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.TRANSFER);
        assertThat(desk.board().transferCounters()).extracting(CounterRow::number).containsExactly(2, 3);
        desk.transferToService("B");

        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.NONE);
        assertThat(desk.cardProperty().get()).isNull();
        assertThat(notice().text()).startsWith("A001 trasferito a B · Iscrizione");
        Ticket moved = f.today("A001");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(f.queue().waiting()).extracting(Ticket::code).containsExactly("A001", "B001");
        assertThat(desk.board().serviceRows()).filteredOn(r -> r.prefix().equals("B")).singleElement()
                .extracting(ServiceRow::waiting).isEqualTo(2);

        DeskViewModel two = deskFor("lbianchi", 2);
        two.trigger(DeskAction.CALL_NEXT);
        assertThat(two.cardProperty().get().code()).as("A001 is ahead of B001 in B's line").isEqualTo("A001");
    }

    @Test
    void transferToACounterLeavesItForThatCounterOnly() {
        f.issue("A");
        desk.trigger(DeskAction.CALL_NEXT);
        DeskViewModel three = deskFor("lbianchi", 3);

        desk.trigger(DeskAction.TRANSFER);
        desk.transferToCounter(3);

        assertThat(desk.cardProperty().get()).isNull();
        assertThat(notice().text()).isEqualTo("A001 trasferito allo sportello 3: mantiene il suo posto in coda");
        assertThat(f.today("A001").status()).isEqualTo(TicketStatus.WAITING);
        three.trigger(DeskAction.CALL_NEXT);
        assertThat(three.cardProperty().get().code()).as("counter 3 does not serve A, but this one was sent to it")
                .isEqualTo("A001");
    }

    @Test
    void aPauseWithAReasonStopsCallingUntilResumed() {
        f.issue("A");

        desk.trigger(DeskAction.PAUSE);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.PAUSE);
        desk.pause("  Telefonata di servizio ");

        assertThat(desk.counterStateProperty().get()).isEqualTo(CounterState.PAUSED);
        assertThat(desk.pauseReasonProperty().get()).isEqualTo("Telefonata di servizio");
        assertThat(desk.enabledProperty(DeskAction.CALL_NEXT).get()).isFalse();
        assertThat(desk.enabledProperty(DeskAction.PAUSE).get()).as("F7 now resumes").isTrue();
        assertThat(counterInDb(1).state()).isEqualTo(CounterState.PAUSED);

        desk.trigger(DeskAction.CALL_NEXT);
        assertThat(notice().text()).isEqualTo("Lo sportello 1 è in pausa. Riprendere il servizio prima di chiamare.");
        assertThat(f.today("A001").status()).isEqualTo(TicketStatus.WAITING);

        desk.trigger(DeskAction.PAUSE);
        assertThat(desk.counterStateProperty().get()).isEqualTo(CounterState.OPEN);
        desk.trigger(DeskAction.CALL_NEXT);
        assertThat(desk.cardProperty().get().code()).isEqualTo("A001");
    }

    @Test
    void aPauseWithoutAReasonIsRefusedOnTheSheet() {
        desk.trigger(DeskAction.PAUSE);
        desk.pause("   ");

        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.PAUSE);
        assertThat(desk.sheetErrorProperty().get()).isEqualTo("Indicare un motivo.");
        assertThat(desk.counterStateProperty().get()).isEqualTo(CounterState.OPEN);
    }

    @Test
    void callingASpecificTicketNeedsAKnownCodeAndAReason() {
        f.issue("A");
        f.issue("A");

        desk.trigger(DeskAction.CALL_SPECIFIC);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.CALL_SPECIFIC);
        desk.callSpecific("Z999", "urgente");
        assertThat(desk.sheetErrorProperty().get()).isEqualTo("Oggi non esiste il biglietto \"Z999\".");
        assertThat(desk.sheetProperty().get()).as("the operator can correct the code").isEqualTo(Sheet.CALL_SPECIFIC);

        desk.callSpecific("a002", "");
        assertThat(desk.sheetErrorProperty().get()).isEqualTo("Indicare un motivo.");

        desk.callSpecific("a002", "persona con accompagnatore");
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.NONE);
        assertThat(desk.cardProperty().get().code()).isEqualTo("A002");
        assertThat(notice().text()).isEqualTo("Chiamato fuori turno A002");
    }

    @Test
    void closingTheDayIsHiddenFromOperatorsAndRefusedByTheServiceAnyway() {
        assertThat(desk.isSupervisor()).isFalse();
        assertThat(desk.enabledProperty(DeskAction.CLOSE_DAY).get()).isFalse();

        desk.trigger(DeskAction.CLOSE_DAY);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.NONE);

        desk.confirmCloseDay();
        assertThat(notice().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice().text()).startsWith("Il ruolo (OPERATOR) non consente questa operazione");
        assertThat(desk.dayReportProperty().get()).isNull();
    }

    @Test
    void onlyASupervisorsDeskOpensTheCalendarEditor() {
        assertThat(DeskAction.CALENDAR_EDITOR.supervisorsOnly()).isTrue();
        assertThat(DeskAction.CALENDAR_EDITOR.label()).isEqualTo("Ctrl F10");
        assertThat(desk.isSupervisor()).isFalse();
        assertThat(desk.enabledProperty(DeskAction.CALENDAR_EDITOR).get()).isFalse();
        desk.trigger(DeskAction.CALENDAR_EDITOR);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.NONE);

        DeskViewModel boss = deskFor("gverdi", 3);
        assertThat(boss.enabledProperty(DeskAction.CALENDAR_EDITOR).get()).isTrue();
        boss.trigger(DeskAction.CALENDAR_EDITOR);
        assertThat(boss.sheetProperty().get()).isEqualTo(Sheet.CALENDAR_EDITOR);
    }

    @Test
    void aSupervisorClosesTheDayAndSeesWhatWasLeftPerService() {
        f.issue("A");
        f.issue("A");
        f.issue("B");
        desk.trigger(DeskAction.CALL_NEXT);
        desk.trigger(DeskAction.FINISH);
        desk.finish(Outcome.RESOLVED);
        DeskViewModel boss = deskFor("gverdi", 3);
        assertThat(boss.isSupervisor()).isTrue();
        assertThat(boss.enabledProperty(DeskAction.CLOSE_DAY).get()).isTrue();

        boss.trigger(DeskAction.CLOSE_DAY);
        assertThat(boss.sheetProperty().get()).isEqualTo(Sheet.CLOSE_DAY);
        assertThat(boss.dayReportProperty().get()).as("first the question").isNull();
        boss.confirmCloseDay();

        var report = boss.dayReportProperty().get();
        assertThat(report.served()).isEqualTo(1);
        assertThat(report.unserved()).extracting(c -> c.prefix() + "=" + c.count()).containsExactly("A=1", "B=1");
        assertThat(boss.counterStateProperty().get()).isEqualTo(CounterState.CLOSED);
        assertThat(boss.enabledProperty(DeskAction.CALL_NEXT).get()).isFalse();
        boss.closeSheet();
        assertThat(boss.dayReportProperty().get()).isNull();
    }

    @Test
    void whileTheOfficeIsDownActionsAreOffAndTheCurrentTicketComesBackWithIt() {
        f.issue("A");
        f.issue("A");
        desk.trigger(DeskAction.CALL_NEXT);

        f.link.cut();
        desk.trigger(DeskAction.RECALL);

        assertThat(f.status.isDown()).isTrue();
        assertThat(notice().text()).as("the banner explains, not the notice").isNotEqualTo("Chiamato A002");
        assertThat(enablement()).doesNotContainValue(true);
        desk.trigger(DeskAction.FINISH);
        assertThat(desk.sheetProperty().get()).isEqualTo(Sheet.NONE);
        int probes = f.link.probes();
        desk.tick();
        assertThat(f.link.probes()).as("ticks do not hammer a dead database").isEqualTo(probes);

        f.status.retry();
        assertThat(f.status.isDown()).isTrue();

        // Meanwhile the ticket was recalled from another workstation: the desk must show the database's truth.
        f.link.restore();
        OperatorSession maria = f.office.login("mrossi");
        f.queue().recall(maria, 1);
        f.status.retry();

        assertThat(f.status.isDown()).isFalse();
        assertThat(desk.cardProperty().get().code()).isEqualTo("A001");
        assertThat(desk.cardProperty().get().recalls()).isEqualTo(1);
        assertThat(desk.enabledProperty(DeskAction.FINISH).get()).isTrue();
        assertThat(desk.enabledProperty(DeskAction.CALL_NEXT).get()).isFalse();
    }

    @Test
    void aFaultInTheDeskIsNoOutageTheBannerStaysDownAndTheOperatorIsToldSo() {
        f.issue("A");
        f.link.cut(SwitchableOffice.Failure.BUG);

        desk.tick();
        desk.trigger(DeskAction.CALL_NEXT);

        assertThat(f.status.isDown()).as("only the office's clients say the office is away").isFalse();
        assertThat(notice().text()).startsWith("Errore imprevisto (test: a fault in the desk)");
        f.link.restore();
        desk.trigger(DeskAction.CALL_NEXT);
        assertThat(desk.cardProperty().get().code()).isEqualTo("A001");
    }

    @Test
    void theQueueOverviewFollowsTheOfficeLogAndTheClock() {
        f.issue("A", PriorityClass.ELDERLY);
        f.issue("B");
        desk.tick();
        assertThat(desk.board().serviceRows()).extracting(ServiceRow::prefix).containsExactly("A", "B", "E", "C", "D");
        ServiceRow a = desk.board().serviceRows().getFirst();
        assertThat(a.waiting()).isEqualTo(1);
        assertThat(a.priorityWaiting()).isEqualTo(1);
        assertThat(a.servedHere()).isTrue();
        assertThat(desk.board().serviceRows().get(3).servedHere()).as("C is not served at counter 1").isFalse();
        assertThat(desk.board().waitingHereProperty().get()).isEqualTo(2);

        DeskViewModel two = deskFor("lbianchi", 2);
        two.trigger(DeskAction.CALL_NEXT);
        desk.tick();
        assertThat(desk.board().counterRows()).filteredOn(c -> c.number() == 2).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(CounterState.OPEN);
            assertThat(c.operatorName()).isEqualTo("Luca Bianchi");
            assertThat(c.ticketCode()).as("counter 2 serves A too, and priority goes first").isEqualTo("A001");
        });
        assertThat(desk.board().counterRows()).filteredOn(CounterRow::mine).extracting(CounterRow::number).containsExactly(1);

        ServiceRow b = desk.board().serviceRows().get(1);
        assertThat(b.waiting()).isEqualTo(1);
        assertThat(b.overTarget()).isFalse();
        f.office.clock().advance(Duration.ofMinutes(21));
        desk.tick();
        ServiceRow later = desk.board().serviceRows().get(1);
        assertThat(later.longestWait()).as("grows with the clock, without asking the office")
                .isEqualTo(b.longestWait().plusMinutes(21));
        assertThat(later.overTarget()).as("B's target is 20 minutes").isTrue();
    }

    private static DeviceWarning printer(String station, State state) {
        return new DeviceWarning.Printer(new PrinterReport(station, state));
    }

    private void kioskSays(String station, State state) {
        f.office.connection().devices().printer(new PrinterReport(station, state));
    }

    @Test
    void aKioskPrinterWarningShowsUntilThatKioskSaysItIsFine() {
        kioskSays("Chiosco 1", State.PAPER_OUT);
        kioskSays("Chiosco 2", State.PAPER_NEAR_END);
        desk.tick();
        assertThat(desk.deviceWarnings().list()).containsExactly(
                printer("Chiosco 1", State.PAPER_OUT), printer("Chiosco 2", State.PAPER_NEAR_END));

        kioskSays("Chiosco 1", State.COVER_OPEN);
        desk.tick();
        assertThat(desk.deviceWarnings().list()).as("one line per kiosk, its latest state").containsExactly(
                printer("Chiosco 1", State.COVER_OPEN), printer("Chiosco 2", State.PAPER_NEAR_END));

        kioskSays("Chiosco 1", State.OK);
        desk.tick();
        assertThat(desk.deviceWarnings().list()).containsExactly(printer("Chiosco 2", State.PAPER_NEAR_END));
        assertThat(desk.board().activity()).as("a banner, not history").noneMatch(
                r -> r.type() == org.sportello.model.events.EventType.PRINTER_STATUS);
    }

    @Test
    void aHallBoardOrTheVoiceNotAnsweringShowsUntilTheDisplaySaysItIsFineAgain() {
        var devices = f.office.connection().devices();
        devices.device(new DeviceReport("Sala", DeviceReport.Device.BOARD, "counter2", DeviceReport.State.NOT_ANSWERING));
        devices.device(DeviceReport.voice("Sala", DeviceReport.State.NOT_ANSWERING));
        kioskSays("Chiosco 1", State.PAPER_OUT);
        desk.tick();
        assertThat(desk.deviceWarnings().list()).extracting(DeviceWarning::key)
                .containsExactly("BOARD counter2@Sala", "VOICE voice@Sala", "printer Chiosco 1");

        devices.device(new DeviceReport("Sala", DeviceReport.Device.BOARD, "counter2", DeviceReport.State.OK));
        desk.tick();
        assertThat(desk.deviceWarnings().list()).extracting(DeviceWarning::key)
                .containsExactly("VOICE voice@Sala", "printer Chiosco 1");
        assertThat(desk.board().activity()).as("a banner, not history").noneMatch(
                r -> r.type() == org.sportello.model.events.EventType.DEVICE_STATUS);
    }

    @Test
    void aDeskThatLogsInAfterThePaperRanOutStillSeesTheWarning() {
        kioskSays("Chiosco 1", State.PAPER_OUT);
        for (int i = 0; i < 45; i++) {
            f.issue("A"); // a busy morning between the report and the login
        }
        DeskViewModel later = deskFor("lbianchi", 2);
        assertThat(later.deviceWarnings().list()).containsExactly(printer("Chiosco 1", State.PAPER_OUT));
    }

    @Test
    void aPauseMadeElsewhereReachesTheDeskOnTheNextTick() {
        f.queue().pause(f.office.login("mrossi"), 1, "Riunione");

        desk.tick();

        assertThat(desk.counterStateProperty().get()).isEqualTo(CounterState.PAUSED);
        assertThat(desk.pauseReasonProperty().get()).isEqualTo("Riunione");
        assertThat(desk.enabledProperty(DeskAction.CALL_NEXT).get()).isFalse();
    }

    @Test
    void logOutClosesTheCounterButNotWhileSomeoneIsBeingServed() {
        f.issue("A");
        desk.trigger(DeskAction.CALL_NEXT);

        desk.trigger(DeskAction.LOG_OUT);
        assertThat(logouts).isZero();
        assertThat(notice().text()).contains("A001").contains("F3");

        desk.trigger(DeskAction.FINISH);
        desk.finish(Outcome.RESOLVED);
        desk.trigger(DeskAction.LOG_OUT);

        assertThat(logouts).isEqualTo(1);
        assertThat(counterInDb(1).state()).isEqualTo(CounterState.CLOSED);
    }
}
