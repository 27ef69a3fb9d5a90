package org.sportello.operator.screens;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
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
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.agenda.BookingModel;
import org.sportello.operator.documents.DeskPrinters;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.TestPrinters;
import org.sportello.server.testing.TestOffice;

/**
 * The agenda at the desk on a real office database (Tuesday 24 November 2026, 10:00): the booking sheet for the
 * citizen at the counter proposes the same morning with her case manager, a slot another desk takes meanwhile is
 * refused and the proposal refreshed, the letter is issued, shown and printed, the appointment moved and cancelled
 * with its history; the calendar shows the operator's day, and in the supervisors' editor (Ctrl+F10) a stale edit
 * is refused plainly.
 */
class AgendaScreenTest extends ScreenTest {
    @TempDir
    Path dir;
    TestOffice office;
    final TestPrinters printers = new TestPrinters();
    OperatorSession supervisor;
    CodiceFiscale mario;

    @BeforeEach
    void open() throws Exception {
        office = TestOffice.embedded(dir);
        DemoCitizens.seed(office);
        supervisor = office.connection().auth().login("gverdi", "demo".toCharArray());
        mario = CodiceFiscale.of(DemoPeople.MARIO_ROSSI, LocalDate.of(2026, 11, 24));
        office.connection().cases().assign(supervisor, mario, "mrossi");
        office.connection().agenda().calendar(supervisor, "mrossi");
        office.connection().agenda().calendar(supervisor, "lbianchi");
        openWindow(InProcessOffice.link(office.connection()), office.clock(),
                printers.printers(DeskPrinters.printingThread()));
    }

    @AfterEach
    void closeOffice() throws Exception {
        closeWindow();
        stage = null;
        office.close();
    }

    @SuppressWarnings("unchecked")
    private <T> ListView<T> list(String id) {
        return robot.lookup(id).queryAs(ListView.class);
    }

    /** The calendar's list for that day, found by the date it keeps (not by a CSS id), or null. */
    private ListView<?> calendarDay(String date) {
        java.time.LocalDate day = java.time.LocalDate.parse(date);
        return robot.lookup(".calendar-day").queryAllAs(ListView.class).stream()
                .filter(l -> day.equals(l.getProperties().get(org.sportello.operator.agenda.CalendarPane.DAY)))
                .findFirst().orElse(null);
    }

    private void shift(KeyCode key) {
        robot.push(KeyCode.SHIFT, key);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void bookTheCitizenAtTheCounterMeetATakenSlotPrintTheLetterMoveAndCancel() {
        office.connection().queue().issue(new IssueRequest("B", PriorityClass.STANDARD, "it",
                UUID.randomUUID().toString()).withCitizen(DemoPeople.MARIO_ROSSI));
        logInWithKeyboard("mrossi", "demo", 0);
        awaitDesk();
        assertThat(text("#action-AGENDA_BOOKING")).isEqualTo("Appuntamenti");
        key(KeyCode.F1);
        until("citizen called", () -> text("#currentCode").startsWith("B"));

        shift(KeyCode.F8);
        until("proposal", () -> showing("#bookingSheet") && fx(() -> !list("#bookingSlots").getItems().isEmpty()));
        assertThat(text("#bookingStep")).isEqualTo("Regola dell'ufficio: in mattinata, oggi stesso.");
        BookingModel.Offer first = fx(() -> (BookingModel.Offer) list("#bookingSlots").getItems().getFirst());
        // 10:00 plus ten minutes' notice: the first morning slot is 10:30, with her case manager.
        assertThat(fx(() -> list("#bookingSlots").getSelectionModel().getSelectedIndex())).isZero();
        assertThat(first.slot().start()).isEqualTo(LocalDate.of(2026, 11, 24).atTime(10, 30));
        assertThat(first.owner()).isEqualTo("mrossi");
        assertThat(fx(() -> stage.getScene().getFocusOwner() == list("#bookingSlots"))).as("keyboard on the slots").isTrue();
        screenshot("40-booking-proposal");

        // Another desk books that slot for someone else before this one presses Enter.
        office.connection().agenda().book(supervisor, CodiceFiscale.of(DemoPeople.SARA_ESPOSITO,
                LocalDate.of(2026, 11, 24)), "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                first.slot().start(), "");
        key(KeyCode.ENTER);
        until("taken, refreshed", () -> text("#bookingNotice").contains("appena preso")
                && fx(() -> !list("#bookingSlots").getItems().isEmpty()
                && !((BookingModel.Offer) list("#bookingSlots").getItems().getFirst()).slot().start()
                .equals(first.slot().start())));
        assertThat(text("#bookingNotice")).isEqualTo("L'orario mar 24 nov, 10:30 è stato appena preso da un altro"
                + " sportello: la proposta è stata aggiornata, sceglierne un altro.");
        screenshot("41-booking-slot-taken");

        fx(() -> {
            robot.lookup("#bookingBring").queryAs(TextField.class).setText("Documento d'identità");
            return null;
        });
        key(KeyCode.ENTER);
        until("booked", () -> text("#bookingNotice").startsWith("Prenotato: mar 24 nov, 11:00")
                && fx(() -> list("#bookingHistory").getItems().size()) == 1);
        Appointment booked = office.connection().agenda().ofCitizen(supervisor, mario).getFirst();
        assertThat(booked.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.bring()).isEqualTo("Documento d'identità");

        fx(() -> {
            list("#bookingHistory").getSelectionModel().select(0);
            return null;
        });
        key(KeyCode.F4);
        until("letter shown and printed", () -> showing("#bookingLetterScroll")
                && text("#bookingNotice").contains("stampata"));
        assertThat(printers.postScript.size()).as("the letter went to the A4 printer").isPositive();
        assertThat(office.connection().agenda().find(supervisor, booked.id()).letter()).isNotBlank();
        screenshot("42-booking-letter");

        // Move it: F2, then the first slot proposed for the same person and kind.
        fx(() -> {
            list("#bookingHistory").getSelectionModel().select(0);
            return null;
        });
        key(KeyCode.F2);
        until("moving", () -> showing("#bookingMoving") && fx(() -> !list("#bookingSlots").getItems().isEmpty()));
        screenshot("43-booking-moving");
        key(KeyCode.ENTER);
        until("moved", () -> text("#bookingNotice").startsWith("Spostato a")
                && fx(() -> list("#bookingHistory").getItems().size()) == 2);
        assertThat(office.connection().agenda().find(supervisor, booked.id()).status())
                .isEqualTo(AppointmentStatus.REBOOKED);

        Appointment moved = office.connection().agenda().ofCitizen(supervisor, mario).stream()
                .filter(a -> a.status() == AppointmentStatus.BOOKED).findFirst().orElseThrow();
        fx(() -> {
            ListView<Appointment> h = list("#bookingHistory");
            h.getSelectionModel().select(h.getItems().stream().filter(a -> a.id().equals(moved.id())).findFirst()
                    .orElseThrow());
            return null;
        });
        key(KeyCode.F3);
        until("cancelled", () -> text("#bookingNotice").startsWith("Annullato"));
        assertThat(office.connection().agenda().find(supervisor, moved.id()).status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        screenshot("44-booking-history");

        // A closed appointment: a plain refusal, no call to the office.
        fx(() -> {
            ListView<Appointment> h = list("#bookingHistory");
            h.getSelectionModel().select(h.getItems().stream().filter(a -> a.id().equals(moved.id())).findFirst()
                    .orElseThrow());
            return null;
        });
        key(KeyCode.F3);
        until("refused", () -> text("#bookingNotice").startsWith("Questo appuntamento è annullato"));
        key(KeyCode.ESCAPE);
        until("closed", () -> !showing("#bookingSheet"));

        // The operator's own day: the other desk's 10:30 booking and the free slots around it.
        shift(KeyCode.F10);
        until("calendar", () -> showing("#calendarSheet") && fx(() -> calendarDay("2026-11-24") != null));
        assertThat(text("#calendarTitle")).isEqualTo("Maria Rossi · mar 24 nov");
        assertThat(fx(() -> calendarDay("2026-11-24").getItems().stream()
                .map(e -> ((org.sportello.operator.agenda.CalendarModel.Entry) e).text()).toList()))
                .anyMatch(t -> t.startsWith("10:30–11:00") && t.contains("prenotato"))
                .anyMatch(t -> t.equals("12:00–12:30 libero"))
                .noneMatch(t -> t.equals("08:30–09:00 libero"));
        screenshot("45-calendar-day");
        key(KeyCode.F2);
        until("week", () -> text("#calendarTitle").contains("settimana"));
        screenshot("46-calendar-week");
        // A week browsed leaves no date in a style id (JavaFX caches styles per id for the scene's life).
        assertThat(fx(() -> robot.lookup(".calendar-day").queryAll().stream().map(javafx.scene.Node::getId).toList()))
                .hasSize(5).containsOnlyNulls();
    }

    @Test
    void aSupervisorsCalendarPickerNamesThePersonNotTheLogin() {
        logInWithKeyboard("gverdi", "demo", 0);
        awaitDesk();
        shift(KeyCode.F10);
        if (!showing("#calendarSheet")) {
            // Headless robots may drop the Shift: the button does what the key does.
            fx(() -> {
                robot.lookup("#action-AGENDA_CALENDAR").queryButton().fire();
                return null;
            });
        }
        until("calendar", () -> showing("#calendarSheet") && showing("#calendarOwner"));
        // The names arrive with the office's list and the calendar read, after the picker was set to the
        // supervisor's own login. The button cell is the combo's own: a lookup of "#calendarOwner .list-cell" also
        // finds the dropdown's hidden, empty cells, and the first found was one of those.
        until("the name on the picker", () -> "Giulia Verdi (gverdi)".equals(fx(() ->
                robot.lookup("#calendarOwner").queryAs(javafx.scene.control.ComboBox.class).getButtonCell().getText())));
        fx(() -> {
            robot.lookup("#calendarOwner").queryAs(javafx.scene.control.ComboBox.class).show();
            return null;
        });
        until("the dropdown", () -> showing(".combo-box-popup"));
        java.util.List<String> shown = fx(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((javafx.scene.control.ListCell<?>) n).getText())
                .filter(t -> t != null && !t.isBlank()).toList());
        screenshot("46b-calendar-picker");
        assertThat(shown).as("the dropdown names people").containsExactlyInAnyOrder("Giulia Verdi (gverdi)",
                "Luca Bianchi (lbianchi)", "Maria Rossi (mrossi)");
        assertThat(text("#calendarTitle")).startsWith("Giulia Verdi");
    }

    @Test
    void aSupervisorEditsACalendarAndAStaleEditIsRefusedPlainly() {
        logInWithKeyboard("gverdi", "demo", 0);
        awaitDesk();
        robot.press(KeyCode.CONTROL);
        robot.type(KeyCode.F10);
        robot.release(KeyCode.CONTROL);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (!showing("#calendarEditorSheet")) {
            // Headless robots may drop the modifier: the button does what the key does.
            fx(() -> {
                robot.lookup("#action-CALENDAR_EDITOR").queryButton().fire();
                return null;
            });
        }
        until("calendar editor", () -> showing("#calendarEditorSheet") && showing("#editorOwner"));
        fx(() -> {
            @SuppressWarnings("unchecked")
            var owner = (javafx.scene.control.ComboBox<String>) robot.lookup("#editorOwner").query();
            owner.setValue("lbianchi");
            return null;
        });
        until("lbianchi's calendar", () -> text("#editorTitle").startsWith("Luca Bianchi"));
        assertThat(fx(() -> robot.lookup("#editorHours-MONDAY").queryAs(TextField.class).getText()))
                .isEqualTo("08:30-12:30");
        assertThat(fx(() -> stage.getScene().getFocusOwner().getId())).isEqualTo("editorOwner");
        fx(() -> {
            robot.lookup("#editorHours-MONDAY").queryAs(TextField.class).setText("09:00-13:00 14:00-16:00");
            robot.lookup("#editorAbsenceFrom").queryAs(TextField.class).setText("30/11/2026");
            robot.lookup("#editorAbsenceReason").queryAs(TextField.class).setText("Formazione");
            return null;
        });
        key(KeyCode.F4);
        until("absence listed", () -> fx(() -> list("#editorAbsences").getItems().size()) == 1);
        screenshot("47-calendar-edit");

        // Another supervisor saves first: this edit is stale.
        AgendaCalendar theirs = office.connection().agenda().calendar(supervisor, "lbianchi");
        office.connection().agenda().saveCalendar(supervisor, theirs.withAbsences(java.util.List.of(
                org.sportello.model.agenda.Absence.days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "Ferie"))));
        key(KeyCode.F6);
        until("stale", () -> text("#editorNotice").contains("modificato da un altro coordinatore"));
        assertThat(office.connection().agenda().calendar(supervisor, "lbianchi").hours()
                .on(java.time.DayOfWeek.MONDAY).toString()).isEqualTo("[08:30-12:30]");
        screenshot("48-calendar-stale");

        key(KeyCode.F5);
        until("reloaded", () -> fx(() -> robot.lookup("#editorHours-MONDAY").queryAs(TextField.class).getText())
                .equals("08:30-12:30"));
        fx(() -> {
            robot.lookup("#editorHours-MONDAY").queryAs(TextField.class).setText("09:00-13:00");
            return null;
        });
        key(KeyCode.F6);
        until("saved", () -> text("#editorNotice").startsWith("Calendario di Luca Bianchi salvato"));
        AgendaCalendar saved = office.connection().agenda().calendar(supervisor, "lbianchi");
        assertThat(saved.hours().on(java.time.DayOfWeek.MONDAY).toString()).isEqualTo("[09:00-13:00]");
        assertThat(saved.absences()).extracting(org.sportello.model.agenda.Absence::reason).containsExactly("Ferie");
        assertThat(BookingRule.SHIPPED.afternoonFrom().getHour()).isEqualTo(13);
    }
}
