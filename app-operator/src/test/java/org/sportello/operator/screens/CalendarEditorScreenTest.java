package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.link.InProcessOffice;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.screens.ScreenRules;
import org.sportello.server.testing.TestOffice;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The supervisors' calendar editor (Ctrl+F10) on a real office database (Tuesday 24 November 2026, 10:00), at every
 * display size of the desk: an operator's desk does not offer it; a supervisor's opens it on whose calendar, shows
 * what is wrong beside each field, lists the booked appointment an edit would strand when the office refuses it, and
 * saves once the appointment is cancelled. Screens under {@code target/screenshots/fit/}.
 */
class CalendarEditorScreenTest extends ScreenTest {
    private static final Path FIT = SHOTS.resolve("fit");

    @TempDir
    Path dir;
    TestOffice office;
    final TestPrinters printers = new TestPrinters();
    final List<String> findings = new ArrayList<>();
    OperatorSession supervisor;
    Appointment thursdayAfternoon;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        DemoCitizens.seed(office);
        supervisor = office.connection().auth().login("gverdi", "demo".toCharArray());
        office.connection().agenda().calendar(supervisor, "lbianchi");
        thursdayAfternoon = office.connection().agenda().book(supervisor,
                CodiceFiscale.of(DemoPeople.MARIO_ROSSI, LocalDate.of(2026, 11, 24)), "mrossi",
                AppointmentKind.CASE_MANAGER_TALK, LocalDateTime.of(2026, 11, 26, 15, 0), "");
        openWindow(InProcessOffice.link(office.connection()), office.clock(),
                printers.printers(DeskPrinters.printingThread()));
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    private void ctrlF10() {
        robot.press(KeyCode.CONTROL);
        robot.type(KeyCode.F10);
        robot.release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void set(String id, String value) {
        fx(() -> {
            robot.lookup(id).queryAs(TextField.class).setText(value);
            return null;
        });
    }

    @Test
    void anOperatorsDeskOffersNoCalendarEditor() {
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(robot.lookup("#action-CALENDAR_EDITOR").tryQuery()).as("no button").isEmpty();
        ctrlF10();
        assertThat(showing("#calendarEditorSheet")).as("Ctrl+F10 does nothing").isFalse();
        shiftKey(KeyCode.F10);
        until("her own calendar", () -> showing("#calendarSheet") && !text("#calendarTitle").isBlank());
        assertThat(text("#calendarTitle")).startsWith("Maria Rossi");
        assertThat(robot.lookup("#calendarOwner").query().isVisible()).as("no picking someone else's").isFalse();
        assertThat(robot.lookup("#editorHours-MONDAY").tryQuery()).isEmpty();
    }

    @Test
    void aSupervisorEditsSeesWhatIsWrongBesideEachFieldAndIsToldWhichAppointmentsAnEditWouldStrand()
            throws Exception {
        try (ScreenRules.CssLog css = new ScreenRules.CssLog()) {
            css.parse(Objects.requireNonNull(org.sportello.operator.OperatorApp.class.getResource("operator.css")));
            logInWithKeyboard("gverdi", "demo", 0);
            awaitDesk();
            assertThat(text("#action-CALENDAR_EDITOR")).isEqualTo("Calendari");
            ctrlF10();
            if (!showing("#calendarEditorSheet")) {
                // Headless robots may drop the modifier: the button does what the key does.
                fx(() -> {
                    robot.lookup("#action-CALENDAR_EDITOR").queryButton().fire();
                    return null;
                });
            }
            until("editor", SLOW_SECONDS, () -> showing("#calendarEditorSheet") && text("#editorTitle").startsWith("Giulia"));
            assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("editorOwner");
            fx(() -> {
                @SuppressWarnings("unchecked")
                ComboBox<String> owner = robot.lookup("#editorOwner").queryAs(ComboBox.class);
                owner.setValue("mrossi");
                return null;
            });
            until("mrossi's calendar", SLOW_SECONDS, () -> text("#editorTitle").startsWith("Maria Rossi (mrossi)"));
            assertThat(text("#editorHoursNote-TUESDAY")).isEqualTo("pausa 12:30–14:30");
            atEverySize("50-calendar-editor", "editorOwner");

            set("#editorHours-WEDNESDAY", "13:00-9:00");
            set("#editorHours-FRIDAY", "08:30-12:30 12:00-13:00");
            set("#editorLength-CASE_MANAGER_TALK", "2");
            set("#editorAbsenceFrom", "20/11/2026");
            set("#editorAbsenceReason", "Ferie");
            fx(() -> {
                robot.lookup("#editorAbsenceReason").query().requestFocus();
                return null;
            });
            key(KeyCode.F4);
            key(KeyCode.F6);
            until("refused before the office", SLOW_SECONDS, () -> text("#editorNotice").startsWith("Non salvato"));
            assertThat(text("#editorHoursNote-WEDNESDAY")).isEqualTo("13:00-9:00: la fine viene prima dell'inizio");
            assertThat(text("#editorHoursNote-FRIDAY")).isEqualTo("08:30-12:30 e 12:00-13:00 si sovrappongono");
            assertThat(text("#editorLengthError-CASE_MANAGER_TALK")).isEqualTo("Da 5 a 480 minuti");
            assertThat(text("#editorAbsenceToError")).startsWith("Questa assenza è già finita");
            atEverySize("51-calendar-editor-errors", null);

            // Put right, and no Thursday afternoons any more: Mario Rossi's 15:00 would be stranded.
            set("#editorHours-WEDNESDAY", "08:30-12:30");
            set("#editorHours-FRIDAY", "08:30-12:30");
            set("#editorLength-CASE_MANAGER_TALK", "30");
            set("#editorAbsenceFrom", "");
            set("#editorAbsenceReason", "");
            set("#editorHours-THURSDAY", "08:30-12:30");
            AgendaCalendar before = office.connection().agenda().calendar(supervisor, "mrossi");
            key(KeyCode.F6);
            until("stranded listed", SLOW_SECONDS, () -> showing("#editorStranded")
                    && fx(() -> !robot.lookup("#editorStranded").queryAs(ListView.class).getItems().isEmpty()));
            assertThat(text("#editorNotice")).contains("un appuntamento prenotato", "26/11/2026 15:00",
                    DemoPeople.MARIO_ROSSI, "non è stato salvato nulla");
            assertThat(fx(() -> robot.lookup("#editorStranded").queryAs(ListView.class).getItems()))
                    .singleElement().asString().startsWith("gio 26 nov, 15:00 · " + DemoPeople.MARIO_ROSSI);
            assertThat(office.connection().agenda().calendar(supervisor, "mrossi")).isEqualTo(before);
            atEverySize("52-calendar-editor-stranded", null);

            office.connection().agenda().cancel(supervisor, thursdayAfternoon.id(), "pomeriggi chiusi");
            key(KeyCode.F6);
            until("saved", SLOW_SECONDS, () -> text("#editorNotice").startsWith("Calendario di Maria Rossi salvato"));
            assertThat(showing("#editorStranded")).isFalse();
            assertThat(office.connection().agenda().calendar(supervisor, "mrossi").hours().on(DayOfWeek.THURSDAY))
                    .hasSize(1);
            screenshot("53-calendar-editor-saved");

            assertThat(findings).as("what an operator would see wrong").isEmpty();
            assertThat(css.messages()).as("JavaFX CSS messages").isEmpty();
        }
    }

    @Test
    void aSupervisorOpensAWorkshopsCalendarWithF8AndTheOfficesRefusalIsSaidInWords() throws Exception {
        try (ScreenRules.CssLog css = new ScreenRules.CssLog()) {
            css.parse(Objects.requireNonNull(org.sportello.operator.OperatorApp.class.getResource("operator.css")));
            logInWithKeyboard("gverdi", "demo", 0);
            awaitDesk();
            fx(() -> {
                robot.lookup("#action-CALENDAR_EDITOR").queryButton().fire();
                return null;
            });
            until("editor", SLOW_SECONDS, () -> showing("#calendarEditorSheet") && text("#editorTitle").startsWith("Giulia"));
            assertThat(showing("#editorNew")).as("no new calendar until F8").isFalse();

            key(KeyCode.F8);
            until("a new calendar", SLOW_SECONDS, () -> showing("#editorNew"));
            assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("editorNewOwner");
            assertThat(text("#editorTitle")).isEqualTo("Nuovo calendario · operatore o specialista");
            assertThat(fx(() -> robot.lookup("#editorHours-MONDAY").queryAs(TextField.class).getText()))
                    .as("the office's usual hours").isEqualTo("08:30-12:30");
            key(KeyCode.F6);
            until("what is missing", SLOW_SECONDS, () -> text("#editorNotice").startsWith("Non salvato"));
            assertThat(text("#editorNewOwnerError")).isEqualTo("Scrivere il nome utente dell'operatore");

            fx(() -> {
                robot.lookup("#editorNewWorkshop").queryAs(javafx.scene.control.CheckBox.class).setSelected(true);
                return null;
            });
            until("a workshop's fields", SLOW_SECONDS, () -> showing("#editorRoom") && showing("#editorNewName"));
            assertThat(text("#editorTitle")).isEqualTo("Nuovo calendario · laboratorio");
            set("#editorNewOwner", "lab-cv");
            // The name of a calendar already there: the office says so, nothing is opened.
            set("#editorNewName", "Maria Rossi");
            set("#editorRoom", "Aula 2");
            set("#editorSeats", "12");
            for (DayOfWeek d : DayOfWeek.values()) {
                set("#editorHours-" + d.name(), d == DayOfWeek.TUESDAY ? "14:00-17:00" : "");
            }
            set("#editorLength-WORKSHOP", "90");
            key(KeyCode.F6);
            until("refused by the office", SLOW_SECONDS, () -> text("#editorNotice").contains("già usato"));
            assertThat(text("#editorNotice")).isEqualTo(
                    "Il nome \"Maria Rossi\" è già usato da un altro calendario: sceglietene un altro.");
            assertThat(office.connection().agenda().calendars(supervisor)).extracting(AgendaCalendar::owner)
                    .doesNotContain("lab-cv");

            set("#editorNewName", "Laboratorio CV");
            atEverySize("54-calendar-editor-new-workshop", null);
            key(KeyCode.F6);
            until("opened", SLOW_SECONDS, () -> text("#editorNotice").startsWith("Calendario di Laboratorio CV aperto"));
            assertThat(showing("#editorNew")).isFalse();
            // The notice comes with the office's answer; the title follows once the new calendar is read back.
            until("the new calendar shown", SLOW_SECONDS, () -> text("#editorTitle").equals("Laboratorio CV (lab-cv) · laboratorio"));
            assertThat(text("#editorTitle")).isEqualTo("Laboratorio CV (lab-cv) · laboratorio");
            AgendaCalendar lab = office.connection().agenda().calendar(supervisor, "lab-cv");
            assertThat(lab.workshop()).isEqualTo(new org.sportello.model.agenda.Workshop("Aula 2", 12));
            assertThat(lab.hours().format()).isEqualTo("TUE 14:00-17:00");
            assertThat(lab.lengthOf(AppointmentKind.WORKSHOP)).hasMinutes(90);
            assertThat(lab.slotLengths()).as("only what differs from the defaults").containsOnlyKeys(
                    AppointmentKind.WORKSHOP);
            until("in the picker", SLOW_SECONDS, () -> fx(() -> robot.lookup("#editorOwner").queryAs(ComboBox.class)
                    .getItems().contains("lab-cv")));
            WaitForAsyncUtils.waitForFxEvents();
            // Refilling the picker with the office's new list must not load another calendar in its place.
            assertThat(text("#editorTitle")).as("still the new calendar").isEqualTo("Laboratorio CV (lab-cv) · laboratorio");
            assertThat(fx(() -> robot.lookup("#editorOwner").queryAs(ComboBox.class).getValue())).isEqualTo("lab-cv");
            screenshot("55-calendar-editor-workshop-opened");
            assertThat(findings).as("what an operator would see wrong").isEmpty();
            assertThat(css.messages()).as("JavaFX CSS messages").isEmpty();
        }
    }

    /** Resizes the window to each display, checks it and saves what it shows; back to 1366x768 after. */
    private void atEverySize(String name, String focusId) {
        findings.addAll(shotsAtEverySize(FIT, "it-" + name, focusId, scene -> List.of()));
    }

}
