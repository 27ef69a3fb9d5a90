package org.sportello.operator.screens;

import org.sportello.screens.ScreenRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.link.InProcessOffice;
import org.sportello.model.cases.MeasureKind;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.server.testing.TestOffice;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shift+F11 and Shift+F9 at the desk: the citizen called (registered, no DID) gets the case sheet saying what
 * is missing, a DID recorded, the case taken, a measure added and done, the plan's deadlines; then the
 * caseload lists the case manager's deadlines and opens a case from its row; a supervisor sees everyone's.
 * Every screen is saved at 1366x768 and 1024x768 and checked by {@link ScreenRules}.
 */
class CaseScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    final TestPrinters printers = new TestPrinters();
    final List<String> findings = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        DemoCitizens.seedWithCases(office);
        openWindow(InProcessOffice.link(office.connection()), office.clock(),
                printers.printers(DeskPrinters.printingThread()));
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    private void set(String id, String text) {
        fx(() -> {
            robot.lookup(id).queryAs(TextField.class).setText(text);
            return null;
        });
    }

    private void tab(int index) {
        fx(() -> {
            robot.lookup("#caseTabs").queryAs(TabPane.class).getSelectionModel().select(index);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void opened(String sheetId, String action) {
        if (!showing(sheetId)) {
            // Headless robots may drop the Shift: the button does what the key does.
            fx(() -> {
                robot.lookup("#action-" + action).queryButton().fire();
                return null;
            });
        }
        until(sheetId + " open", () -> showing(sheetId));
    }

    /** The DID history as high as its DIDs (one line when none), the form to record one right under it. */
    private static List<String> didTabFitsItsRows(javafx.scene.Scene scene) {
        List<String> out = new ArrayList<>(FramedLists.fitTheirRows(scene, "#caseDidHistory"));
        double gap = FramedLists.gap(scene, "#caseDidHistory", "#caseDeclareDid");
        if (gap > 16) {
            out.add("F6 is " + gap + " px below the DID history");
        }
        return out;
    }

    @Test
    void aCaseFromNoDidToAPactThenTheCaseload() {
        office.connection().queue().issue(new IssueRequest("B", PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString()).withCitizen(DemoPeople.SARA_ESPOSITO));
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(text("#action-CITIZEN_CASE")).isEqualTo("Percorso");
        assertThat(text("#action-CASELOAD")).isEqualTo("Scadenze");
        key(KeyCode.F1);
        until("citizen called", () -> text("#currentCode").startsWith("B"));

        shiftKey(KeyCode.F11);
        opened("#caseSheet", "CITIZEN_CASE");
        until("her case", () -> text("#caseHeader").contains("ESPOSITO Sara"));
        assertThat(text("#caseStatus")).contains("Nessuna DID").doesNotContain("disoccup");
        assertThat(text("#caseManager")).isEqualTo("Nessun responsabile del caso.");
        // No DID yet: the history says so instead of being an empty framed box.
        assertThat(placeholder("#caseDidHistory")).isEqualTo("Nessuna DID registrata.");
        findings.addAll(shotsAtBothWidths("50-case-no-did", "caseSearch"));
        findings.addAll(shotsAtEverySize("50-case-no-did", "caseSearch", CaseScreenTest::didTabFitsItsRows));

        key(KeyCode.F6);
        until("DID recorded", () -> text("#caseNotice").contains("registrata"));
        assertThat(text("#caseStatus")).startsWith("Stato occupazionale: disoccupato dal 24/11/2026");
        key(KeyCode.F5);
        until("taken in charge", () -> text("#caseManager").contains("Maria Rossi (mrossi)"));
        assertThat(fx(() -> robot.lookup("#caseDidHistory").queryAs(ListView.class).getItems()))
                .containsExactly("dal 24/11/2026 · allo sportello · in corso");
        findings.addAll(shotsAtBothWidths("51-case-did-and-manager", null));
        findings.addAll(shotsAtEverySize("51-case-did-and-manager", null, CaseScreenTest::didTabFitsItsRows));

        tab(1);
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<MeasureKind> kind = robot.lookup("#caseMeasureKind").queryAs(ComboBox.class);
            kind.setValue(MeasureKind.ORIENTATION_INTERVIEW);
            return null;
        });
        set("#caseMeasureOn", "24/11/2026");
        set("#caseMeasureWhat", "Primo colloquio e profilo di occupabilità");
        key(KeyCode.F8);
        until("measure added", () -> fx(() -> robot.lookup("#caseMeasures").queryListView().getItems().size()) == 1);
        set("#caseMeasureOn", "02/12/2026");
        set("#caseMeasureWhat", "Laboratorio sul curriculum");
        fx(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<MeasureKind> kind = robot.lookup("#caseMeasureKind").queryAs(ComboBox.class);
            kind.setValue(MeasureKind.WORKSHOP);
            robot.lookup("#caseMeasures").queryListView().getSelectionModel().select(0);
            return null;
        });
        key(KeyCode.F8);
        until("second measure", () -> fx(() -> robot.lookup("#caseMeasures").queryListView().getItems().size()) == 2);
        fx(() -> {
            robot.lookup("#caseMeasures").queryListView().getSelectionModel().select(0);
            return null;
        });
        key(KeyCode.F9);
        until("marked done", () -> text("#caseNotice").contains("fatta"));
        findings.addAll(shotsAtBothWidths("52-case-pact-measures", null));

        tab(2);
        assertThat(text("#caseTalks")).isEqualTo("Colloqui: 1 su 6 entro il 25/05/2027.");
        assertThat(showing("#caseFirstOffer")).as("the workshop is the first offer").isTrue();
        assertThat(text("#caseFirstOffer")).isEqualTo("Prima offerta già concordata nel patto.");
        findings.addAll(shotsAtBothWidths("53-case-contact-plan", null));
        key(KeyCode.ESCAPE);
        until("case closed", () -> !showing("#caseSheet"));

        shiftKey(KeyCode.F9);
        opened("#caseloadSheet", "CASELOAD");
        until("caseload read", () -> !text("#caseloadSummary").isBlank());
        assertThat(text("#caseloadWhose")).isEqualTo("Casi di Maria Rossi");
        @SuppressWarnings("unchecked")
        List<org.sportello.operator.cases.CaseloadRow> rows = fx(() -> List.copyOf(
                robot.lookup("#caseloadList").queryAs(ListView.class).getItems()));
        assertThat(rows).extracting(r -> r.citizen()).contains("ROSSI Mario", "ESPOSITO Sara");
        findings.addAll(shotsAtBothWidths("54-caseload-own", "caseloadList"));

        // The first row is Mario's overdue talks: Enter opens his case in the sheet's place.
        key(KeyCode.ENTER);
        until("his case from the caseload", () -> showing("#caseSheet") && text("#caseHeader").contains("ROSSI Mario"));
        tab(2);
        assertThat(fx(() -> robot.lookup("#caseOverdue").queryListView().getItems()))
                .contains("14/11/2026 · Colloquio di monitoraggio (scaduta)");
        findings.addAll(shotsAtBothWidths("55-case-overdue-from-caseload", null));
        key(KeyCode.ESCAPE);

        assertThat(findings).as("what an operator would see wrong").isEmpty();
    }

    @Test
    void aSupervisorSeesEveryCaseManagersCaseload() {
        logInWithKeyboard("gverdi", "demo", 0);
        awaitDesk();
        shiftKey(KeyCode.F9);
        opened("#caseloadSheet", "CASELOAD");
        until("caseload read", () -> !text("#caseloadSummary").isBlank());
        assertThat(text("#caseloadWhose")).isEqualTo("Casi di tutti i responsabili");
        assertThat(showing("#caseloadLogin")).isTrue();
        assertThat(fx(() -> robot.lookup("#caseloadList").queryListView().getItems().size())).isGreaterThan(1);
        findings.addAll(shotsAtBothWidths("56-caseload-supervisor", "caseloadList"));
        key(KeyCode.ESCAPE);

        // Paolo Conti has a DID and no case: the supervisor gives it to lbianchi.
        shiftKey(KeyCode.F11);
        opened("#caseSheet", "CITIZEN_CASE");
        set("#caseSearch", DemoPeople.PAOLO_CONTI);
        key(KeyCode.ENTER);
        until("his case", () -> text("#caseHeader").contains("CONTI Paolo"));
        assertThat(showing("#caseAssignTo")).isTrue();
        set("#caseAssignTo", "lbianchi");
        key(KeyCode.F5);
        until("assigned", () -> text("#caseManager").contains("(lbianchi)"));
        findings.addAll(shotsAtBothWidths("57-case-assigned-by-supervisor", null));
        assertThat(findings).as("what an operator would see wrong").isEmpty();
    }

    @Test
    void theCitizensAttendanceStampsAreInTheirCase() {
        // Paolo Conti stamped at the kiosk on two days (issue 13, ADR 35).
        var first = office.connection().stamps().stamp(
                new org.sportello.model.stamps.StampRequest(DemoPeople.PAOLO_CONTI, null), "ingresso-1");
        office.clock().advance(java.time.Duration.ofDays(7).plusMinutes(25));
        var second = office.connection().stamps().stamp(
                new org.sportello.model.stamps.StampRequest(DemoPeople.PAOLO_CONTI, null), "ingresso-2");
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        shiftKey(KeyCode.F11);
        opened("#caseSheet", "CITIZEN_CASE");
        set("#caseSearch", DemoPeople.PAOLO_CONTI);
        key(KeyCode.ENTER);
        until("his case", () -> text("#caseHeader").contains("CONTI Paolo"));
        tab(4);

        assertThat(fx(() -> robot.lookup("#caseStamps").queryAs(ListView.class).getItems())).containsExactly(
                "01/12/2026 10:25 · prot. " + second.stamp().number().format() + " · ingresso-2",
                "24/11/2026 10:00 · prot. " + first.stamp().number().format() + " · ingresso-1");
        findings.addAll(shotsAtBothWidths("58-case-attendance-stamps", null));
        assertThat(findings).as("what an operator would see wrong").isEmpty();
    }

    @Test
    void aMissedAppointmentIsInTheCitizensCase() {
        // Paolo Conti was booked with mrossi at 10:30 and did not come; the no-show sweep marked it (issue 13).
        var agenda = office.connection().agenda();
        agenda.book(office.login("mrossi"), org.sportello.codicefiscale.CodiceFiscale.of(DemoPeople.PAOLO_CONTI,
                        java.time.LocalDate.of(2026, 11, 24)),
                "mrossi", org.sportello.model.agenda.AppointmentKind.CASE_MANAGER_TALK,
                java.time.LocalDateTime.of(2026, 11, 24, 10, 30), "");
        office.clock().advance(java.time.Duration.ofHours(4));
        try (var sweep = new org.sportello.server.agenda.NoShowSweep(agenda, office.clock())) {
            assertThat(sweep.runOnce()).isEqualTo(1);
        }
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        shiftKey(KeyCode.F11);
        opened("#caseSheet", "CITIZEN_CASE");
        set("#caseSearch", DemoPeople.PAOLO_CONTI);
        key(KeyCode.ENTER);
        until("his case", () -> text("#caseHeader").contains("CONTI Paolo"));
        tab(3);

        assertThat(fx(() -> robot.lookup("#caseAppointments").queryAs(ListView.class).getItems())).containsExactly(
                "Non si è presentato: 24/11/2026 alle 10:30 con Maria Rossi");
        // Who rebooks an appointment a moved dossier brought, in words: an operator at a counter has no terminal.
        assertThat(text("#caseAppointmentsHint")).contains("un supervisore", "postazione di amministrazione")
                .doesNotContain("sportello agenda", "--", "rebook", "dismiss");
        assertThat(org.sportello.operator.ui.Messages.text(java.util.Locale.ENGLISH, "case.appointments.hint"))
                .contains("a supervisor", "administration station").doesNotContain("sportello agenda", "--");
        findings.addAll(shotsAtBothWidths("59-case-missed-appointment", null));
        assertThat(findings).as("what an operator would see wrong").isEmpty();
    }

    @Test
    void aSupervisorDismissesAnAppointmentAMovedDossierBroughtAndTheReasonStaysInTheCase() throws Exception {
        // Paolo Conti's dossier came from Rome with a talk booked there on Thursday (ADR 36): it waits to be rebooked.
        office.movedInAppointment(DemoPeople.PAOLO_CONTI,
                TestOffice.TUESDAY_MORNING.plusDays(2).atZone(TestOffice.ROME).toOffsetDateTime());
        logInWithKeyboard("gverdi", "demo", 0);
        awaitDesk();
        shiftKey(KeyCode.F11);
        opened("#caseSheet", "CITIZEN_CASE");
        set("#caseSearch", DemoPeople.PAOLO_CONTI);
        key(KeyCode.ENTER);
        until("his case", () -> text("#caseHeader").contains("CONTI Paolo"));
        tab(3);
        until("the one to rebook", () -> showing("#caseToRebook"));
        assertThat(fx(() -> robot.lookup("#caseDismiss").queryButton().isDisabled())).as("nothing picked yet").isTrue();
        fx(() -> {
            robot.lookup("#caseToRebook").queryAs(ListView.class).getSelectionModel().select(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            robot.lookup("#caseDismiss").queryButton().fire();
            return null;
        });
        until("a reason asked for", () -> text("#caseNotice").startsWith("Scrivere perché"));
        findings.addAll(shotsAtBothWidths("60-case-dismiss-needs-reason", null));

        set("#caseDismissReason", "ha trovato lavoro");
        fx(() -> {
            robot.lookup("#caseDismiss").queryButton().fire();
            return null;
        });
        until("dismissed", () -> text("#caseNotice").startsWith("Archiviato l'appuntamento del 26/11/2026 alle 10:00"));
        until("none left to rebook", () -> !showing("#caseToRebook"));
        assertThat(fx(() -> robot.lookup("#caseAppointments").queryAs(ListView.class).getItems())).containsExactly(
                "26/11/2026 alle 10:00 con Franca Neri all'ufficio RM01: annullato — archiviato da gverdi il 24/11/2026:"
                        + " ha trovato lavoro");
        assertThat(office.connection().agenda().toRebook(office.login("gverdi"))).isEmpty();
        findings.addAll(shotsAtBothWidths("61-case-dismissed-with-reason", null));
        assertThat(findings).as("what an operator would see wrong").isEmpty();
    }
}
