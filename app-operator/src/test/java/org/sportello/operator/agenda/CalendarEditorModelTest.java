package org.sportello.operator.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.setup.DemoPeople;
import org.sportello.operator.desk.DeskSession;
import org.sportello.operator.testing.DemoCitizens;
import org.sportello.operator.testing.DeskFixture;
import org.sportello.operator.ui.Notice;

/**
 * The supervisors' calendar editor on a real office database (Tuesday 24 November 2026, 10:00): an edit saved, a
 * wrong field keeping the edit from the office, an edit that would strand a booked appointment refused with the
 * appointment listed, another supervisor's save in between, and the booking rule.
 */
class CalendarEditorModelTest {
    @TempDir
    Path dir;
    DeskFixture f;
    OperatorSession supervisor;

    @BeforeEach
    void setUp() {
        f = new DeskFixture(dir);
        DemoCitizens.seed(f.office);
        supervisor = f.office.login("gverdi");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CalendarEditorModel editor() {
        DeskSession s = f.sitDown("gverdi", 1);
        CalendarEditorModel m = new CalendarEditorModel(f.work, s.operator(), s.office().zone(), f.office.clock());
        m.open();
        return m;
    }

    private AgendaCalendar stored(String owner) {
        return f.office.connection().agenda().calendar(supervisor, owner);
    }

    @Test
    void aSupervisorPicksACalendarEditsItAndSavesIt() {
        stored("lbianchi");
        CalendarEditorModel m = editor();
        assertThat(m.readProperty().get().owner()).isEqualTo("gverdi");
        assertThat(m.calendars()).extracting(AgendaCalendar::owner).contains("lbianchi");
        assertThat(m.rule().afternoonFromProperty().get()).isEqualTo("13:00");

        m.pick("lbianchi");
        assertThat(m.titleProperty().get()).isEqualTo("Luca Bianchi (lbianchi) · calendario personale");
        assertThat(m.describe("lbianchi")).isEqualTo("Luca Bianchi (lbianchi)");
        m.hours().hours(DayOfWeek.MONDAY).set("09:00-13:00 14:00-16:00");
        m.lengths().minutes(AppointmentKind.CASE_MANAGER_TALK).set("20");
        m.absences().fromProperty().set("30/11/2026");
        m.absences().reasonProperty().set("Formazione");
        assertThat(m.absences().add()).isTrue();
        m.save();

        assertThat(m.noticeProperty().get()).isEqualTo(Notice.success("Calendario di Luca Bianchi salvato."));
        AgendaCalendar saved = stored("lbianchi");
        assertThat(saved.hours().on(DayOfWeek.MONDAY).toString()).isEqualTo("[09:00-13:00, 14:00-16:00]");
        assertThat(saved.lengthOf(AppointmentKind.CASE_MANAGER_TALK).toMinutes()).isEqualTo(20);
        assertThat(saved.absences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(LocalDate.of(2026, 11, 30).atStartOfDay());
            assertThat(a.reason()).isEqualTo("Formazione");
        });
        assertThat(m.readProperty().get().version()).isEqualTo(saved.version());
    }

    @Test
    void aWrongFieldKeepsTheEditFromTheOffice() {
        CalendarEditorModel m = editor();
        long version = stored("gverdi").version();
        m.hours().hours(DayOfWeek.TUESDAY).set("14:00-12:00");
        m.save();
        assertThat(m.noticeProperty().get()).isEqualTo(Notice.error("Non salvato: correggere i campi segnati in rosso."));
        assertThat(m.hours().error(DayOfWeek.TUESDAY).get()).contains("la fine viene prima");
        assertThat(stored("gverdi").version()).isEqualTo(version);
    }

    @Test
    void anEditThatWouldStrandABookedAppointmentIsRefusedAndTheAppointmentListed() {
        CodiceFiscale mario = CodiceFiscale.of(DemoPeople.MARIO_ROSSI, LocalDate.of(2026, 11, 24));
        Appointment booked = f.office.connection().agenda().book(supervisor, mario, "mrossi",
                AppointmentKind.CASE_MANAGER_TALK, LocalDateTime.of(2026, 11, 26, 15, 0), "");
        CalendarEditorModel m = editor();
        m.pick("mrossi");
        AgendaCalendar before = stored("mrossi");
        // No Thursday afternoons any more: her 15:00 appointment would be outside.
        m.hours().hours(DayOfWeek.THURSDAY).set("08:30-12:30");
        m.save();

        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(m.noticeProperty().get().text()).contains("un appuntamento prenotato", "26/11/2026 15:00",
                "non è stato salvato nulla");
        assertThat(m.stranded()).containsExactly("gio 26 nov, 15:00 · " + mario.canonical() + " · "
                + f.messages.name(AppointmentKind.CASE_MANAGER_TALK));
        assertThat(stored("mrossi")).isEqualTo(before);
        assertThat(m.hours().hours(DayOfWeek.THURSDAY).get()).as("the edit is kept").isEqualTo("08:30-12:30");

        f.office.connection().agenda().cancel(supervisor, booked.id(), "pomeriggi chiusi");
        m.save();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(m.stranded()).isEmpty();
        assertThat(stored("mrossi").hours().on(DayOfWeek.THURSDAY)).hasSize(1);
    }

    @Test
    void anotherSupervisorsSaveInBetweenIsSaidAndReloadBringsTheirs() {
        CalendarEditorModel m = editor();
        m.pick("mrossi");
        AgendaCalendar theirs = stored("mrossi");
        f.office.connection().agenda().saveCalendar(supervisor, theirs.withHours(
                org.sportello.model.agenda.WorkingHours.parse("MON 08:00-12:00")));
        m.hours().hours(DayOfWeek.FRIDAY).set("");
        m.save();
        assertThat(m.staleProperty().get()).isTrue();
        assertThat(m.noticeProperty().get().text()).contains("modificato da un altro coordinatore");
        m.reload();
        assertThat(m.staleProperty().get()).isFalse();
        assertThat(m.hours().hours(DayOfWeek.MONDAY).get()).isEqualTo("08:00-12:00");
        assertThat(m.hours().hours(DayOfWeek.FRIDAY).get()).isEmpty();
    }

    @Test
    void theBookingRuleIsSavedForTheWholeOffice() {
        CalendarEditorModel m = editor();
        m.rule().afternoonFromProperty().set("12:00");
        m.rule().withCaseManagerProperty().set(false);
        m.saveRule();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.SUCCESS);
        BookingRule rule = f.office.connection().agenda().rule(supervisor);
        assertThat(rule.afternoonFrom()).isEqualTo(java.time.LocalTime.NOON);
        assertThat(rule.withCaseManager()).isFalse();

        m.rule().horizonProperty().set("mille");
        m.saveRule();
        assertThat(m.noticeProperty().get().kind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(f.office.connection().agenda().rule(supervisor)).isEqualTo(rule);
    }
}
