package org.sportello.server.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Absence;
import org.sportello.model.agenda.AgendaCalendar;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.BookingRule;
import org.sportello.model.agenda.WorkingHours;
import org.sportello.model.agenda.Workshop;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.common.UuidV7;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/** The agenda on a real office database, on Tuesday 24 November 2026 at 10:00 in Rome. */
class OfficeAgendaTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    static final CodiceFiscale ANNA = code("NREANN85T50A944");
    static final CodiceFiscale LUCA = code("BNCLCU90A01A944");

    @TempDir
    Path dir;
    TestOffice office;
    OfficeAgenda agenda;
    OperatorSession mrossi;
    OperatorSession gverdi;

    static CodiceFiscale code(String first15) {
        return CodiceFiscale.of(first15 + CodiceFiscale.checkCharacter(first15), TODAY);
    }

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        var dossiers = new OfficeDossiers(office.connection().database().dataSource(), office.clock());
        dossiers.register(ANNA, "Neri", "Anna", "Bologna", TODAY.minusYears(1));
        dossiers.register(LUCA, "Bianchi", "Luca", "Bologna", TODAY.minusYears(1));
        agenda = office.connection().agenda();
        mrossi = office.login("mrossi");
        gverdi = office.login("gverdi");
        office.connection().cases().assign(mrossi, ANNA, "mrossi");
    }

    @AfterEach
    void close() {
        office.close();
    }

    static SportelloException refusal(Runnable r) {
        try {
            r.run();
        } catch (SportelloException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void withoutATimeTheRuleBooksTheSameMorningWithTheCitizensCaseManager() {
        BookingRule.Proposal p = agenda.propose(lbianchi(), ANNA, null, AppointmentKind.CASE_MANAGER_TALK, 3);
        Appointment a = agenda.book(lbianchi(), ANNA, null, AppointmentKind.CASE_MANAGER_TALK, null, "Documento");

        assertThat(p.step()).isEqualTo(BookingRule.Step.SAME_MORNING);
        assertThat(p.slots().getFirst().start()).isEqualTo(TODAY.atTime(10, 30));
        assertThat(a.withLogin()).isEqualTo("mrossi");
        assertThat(a.withName()).isEqualTo("Maria Rossi");
        assertThat(a.startsAt()).isEqualTo(TODAY.atTime(10, 30).atZone(TestOffice.ROME).toInstant());
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.bookedBy()).isEqualTo("lbianchi");
        // The next one takes the following slot.
        assertThat(agenda.book(lbianchi(), LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, null, "").startsAt())
                .isEqualTo(TODAY.atTime(11, 0).atZone(TestOffice.ROME).toInstant());
    }

    @Test
    void aCitizenWithoutCaseManagerNeedsSomeoneNamed() {
        SportelloException e = refusal(() -> agenda.book(mrossi, LUCA, null, AppointmentKind.CASE_MANAGER_TALK, null, ""));
        assertThat(e.problem()).isEqualTo(Problem.NO_CASE_MANAGER);
        assertThat(agenda.book(mrossi, LUCA, "lbianchi", AppointmentKind.CASE_MANAGER_TALK, null, "").withLogin())
                .isEqualTo("lbianchi");
    }

    @Test
    void aTakenSlotATimeNotOfferedAndAPastSlotAreRefusedInPlainWords() {
        LocalDateTime thursday = LocalDateTime.of(2026, 11, 26, 9, 0);
        agenda.book(mrossi, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, thursday, "");

        SportelloException taken = refusal(() ->
                agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, thursday, ""));
        SportelloException lunch = refusal(() -> agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 26, 13, 0), ""));
        SportelloException past = refusal(() -> agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                TODAY.atTime(9, 0), ""));
        // A 45-minute interview at 8:30 would run into the talk at 9:00.
        SportelloException overlap = refusal(() -> agenda.book(mrossi, LUCA, "mrossi",
                AppointmentKind.ORIENTATION_INTERVIEW, LocalDateTime.of(2026, 11, 26, 8, 30), ""));

        assertThat(taken.problem()).isEqualTo(Problem.SLOT_TAKEN);
        assertThat(taken.localizedMessage(Locale.ITALIAN)).contains("26/11/2026 09:00", "Maria Rossi");
        assertThat(lunch.problem()).isEqualTo(Problem.SLOT_NOT_OFFERED);
        assertThat(lunch.getMessage()).contains("does not receive at 26/11/2026 13:00");
        assertThat(past.problem()).isEqualTo(Problem.SLOT_NOT_OFFERED);
        assertThat(overlap.problem()).isEqualTo(Problem.SLOT_TAKEN);
    }

    @Test
    void rebookingAndCancellingKeepTheHistoryAndFreeTheSlot() {
        LocalDateTime thursday = LocalDateTime.of(2026, 11, 26, 9, 0);
        Appointment first = agenda.book(mrossi, ANNA, null, AppointmentKind.CASE_MANAGER_TALK, thursday, "CV");
        Appointment moved = agenda.rebook(mrossi, first.id(), thursday.plusHours(1), "il cittadino lavora");

        assertThat(moved.bring()).isEqualTo("CV");
        assertThat(agenda.find(mrossi, first.id()).status()).isEqualTo(AppointmentStatus.REBOOKED);
        assertThat(agenda.find(mrossi, first.id()).rebookedTo()).isEqualTo(moved.id());
        // The old slot is free again.
        assertThat(agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, thursday, "").status())
                .isEqualTo(AppointmentStatus.BOOKED);

        Appointment cancelled = agenda.cancel(mrossi, moved.id(), "rinuncia");
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(refusal(() -> agenda.cancel(mrossi, moved.id(), "")).problem()).isEqualTo(Problem.APPOINTMENT_CLOSED);
        assertThat(refusal(() -> agenda.rebook(mrossi, moved.id(), thursday.plusHours(2), "")).problem())
                .isEqualTo(Problem.APPOINTMENT_CLOSED);
        assertThat(agenda.ofCitizen(mrossi, ANNA)).extracting(Appointment::status)
                .containsExactlyInAnyOrder(AppointmentStatus.REBOOKED, AppointmentStatus.CANCELLED);
        assertThat(agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, thursday.plusHours(1), "")
                .status()).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void operatorsSeeTheirOwnAgendaSupervisorsEveryones() {
        agenda.book(mrossi, ANNA, null, AppointmentKind.CASE_MANAGER_TALK, null, "");
        agenda.book(mrossi, LUCA, "lbianchi", AppointmentKind.CASE_MANAGER_TALK, null, "");

        assertThat(agenda.list(mrossi, null, TODAY, TODAY.plusDays(6))).singleElement()
                .extracting(Appointment::taxCode).isEqualTo(ANNA.canonical());
        assertThat(refusal(() -> agenda.list(mrossi, "lbianchi", TODAY, TODAY)).problem())
                .isEqualTo(Problem.ACCESS_DENIED);
        assertThat(agenda.list(gverdi, "lbianchi", TODAY, TODAY.plusDays(6))).hasSize(1);
        assertThat(agenda.list(gverdi, OfficeAgenda.EVERYONE, TODAY, TODAY.plusDays(6))).hasSize(2);
    }

    @Test
    void supervisorsEditCalendarsAndAStaleEditIsRefused() {
        AgendaCalendar rossi = agenda.calendar(mrossi, null);
        assertThat(rossi.hours()).isEqualTo(WorkingHours.officeDefault());
        AgendaCalendar away = rossi.withAbsences(List.of(Absence.days(LocalDate.of(2026, 11, 26),
                LocalDate.of(2026, 11, 26), "ferie")));

        assertThat(refusal(() -> agenda.saveCalendar(mrossi, away)).problem()).isEqualTo(Problem.ACCESS_DENIED);
        AgendaCalendar saved = agenda.saveCalendar(gverdi, away);
        assertThat(saved.version()).isEqualTo(rossi.version() + 1);
        assertThat(saved.absences()).hasSize(1);
        assertThat(refusal(() -> agenda.saveCalendar(gverdi, away)).problem()).isEqualTo(Problem.CALENDAR_CHANGED);
        assertThat(refusal(() -> agenda.book(mrossi, ANNA, null, AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 26, 9, 0), "")).problem()).isEqualTo(Problem.SLOT_NOT_OFFERED);
        assertThat(refusal(() -> agenda.calendar(mrossi, "nobody")).problem()).isEqualTo(Problem.UNKNOWN_CALENDAR);
    }

    @Test
    void anEditThatWouldStrandBookedAppointmentsIsRefusedNamingThemAndSavesNothing() {
        // Thursday 26 November: Anna at 09:00 and Luca at 15:00 with mrossi; a past appointment does not count.
        Appointment morning = agenda.book(mrossi, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 26, 9, 0), "");
        Appointment afternoon = agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 26, 15, 0), "");
        AgendaCalendar read = agenda.calendar(gverdi, "mrossi");
        // No more Thursday afternoons, and away on Thursday morning from 08:30 to 09:15.
        AgendaCalendar edited = read.withHours(WorkingHours.parse(read.hours().format().replace(
                "THU 08:30-12:30 14:30-17:00", "THU 08:30-12:30"))).withAbsences(List.of(new Absence(
                LocalDateTime.of(2026, 11, 26, 8, 30), LocalDateTime.of(2026, 11, 26, 9, 15), "medico")));

        assertThat(agenda.stranded(gverdi, edited)).extracting(Appointment::id)
                .containsExactly(morning.id(), afternoon.id());
        SportelloException refused = refusal(() -> agenda.saveCalendar(gverdi, edited));
        assertThat(refused.problem()).isEqualTo(Problem.CALENDAR_STRANDS_APPOINTMENTS);
        assertThat(refused.arguments()[1]).isEqualTo(2);
        assertThat(refused.getMessage()).contains("2 booked appointments", "26/11/2026 09:00 " + ANNA.canonical(),
                "26/11/2026 15:00 " + LUCA.canonical(), "nothing was saved");
        assertThat(refused.localizedMessage(Locale.ITALIAN)).contains("2 appuntamenti prenotati");
        assertThat(agenda.calendar(gverdi, "mrossi")).isEqualTo(read);
        assertThat(refusal(() -> agenda.stranded(mrossi, edited)).problem()).isEqualTo(Problem.ACCESS_DENIED);

        // Once the afternoon one is cancelled and the absence starts after the morning one, the edit is saved.
        agenda.cancel(mrossi, afternoon.id(), "ufficio chiuso il pomeriggio");
        AgendaCalendar fits = edited.withAbsences(List.of(new Absence(LocalDateTime.of(2026, 11, 26, 9, 30),
                LocalDateTime.of(2026, 11, 26, 11, 0), "medico")));
        assertThat(agenda.stranded(gverdi, fits)).isEmpty();
        assertThat(agenda.saveCalendar(gverdi, fits).version()).isEqualTo(read.version() + 1);
    }

    @Test
    void aNewAbsenceAlreadyOverIsRefusedButOneUnderwayIsKept() {
        AgendaCalendar read = agenda.calendar(gverdi, "lbianchi");
        AgendaCalendar yesterday = read.withAbsences(List.of(Absence.days(TODAY.minusDays(1), TODAY.minusDays(1),
                "malattia")));
        SportelloException past = refusal(() -> agenda.saveCalendar(gverdi, yesterday));
        assertThat(past.problem()).isEqualTo(Problem.ABSENCE_IN_THE_PAST);
        assertThat(past.getMessage()).contains("23/11/2026 00:00", "24/11/2026 00:00");

        AgendaCalendar sinceYesterday = read.withAbsences(List.of(Absence.days(TODAY.minusDays(1), TODAY, "malattia")));
        AgendaCalendar saved = agenda.saveCalendar(gverdi, sinceYesterday);
        assertThat(saved.absences()).hasSize(1);
        // Stored once, an absence stays as history when the calendar is saved again later.
        office.clock().advance(java.time.Duration.ofDays(3));
        AgendaCalendar again = saved.withHours(WorkingHours.parse("MON 09:00-12:00"));
        assertThat(agenda.saveCalendar(gverdi, again).absences()).hasSize(1);
    }

    @Test
    void fewerSeatsStrandTheLatestBookedOfASession() {
        AgendaCalendar lab = new AgendaCalendar(UuidV7.next(office.clock()), "LAB-CV", "Laboratorio CV",
                WorkingHours.parse("THU 09:00-11:00"), Map.of(), List.of(), new Workshop("Aula 2", 2), 0);
        lab = agenda.saveCalendar(gverdi, lab);
        LocalDateTime session = LocalDateTime.of(2026, 11, 26, 9, 0);
        agenda.book(mrossi, ANNA, "LAB-CV", AppointmentKind.WORKSHOP, session, "");
        office.clock().advance(java.time.Duration.ofMinutes(1));
        Appointment second = agenda.book(mrossi, LUCA, "LAB-CV", AppointmentKind.WORKSHOP, session, "");

        AgendaCalendar smaller = new AgendaCalendar(lab.id(), lab.owner(), lab.name(), lab.hours(), lab.slotLengths(),
                lab.absences(), new Workshop("Aula 1", 1), lab.version());
        assertThat(agenda.stranded(gverdi, smaller)).extracting(Appointment::id).containsExactly(second.id());
        assertThat(refusal(() -> agenda.saveCalendar(gverdi, smaller)).problem())
                .isEqualTo(Problem.CALENDAR_STRANDS_APPOINTMENTS);
    }

    @Test
    void aWorkshopTakesAsManyAsItHasSeats() {
        AgendaCalendar lab = new AgendaCalendar(UuidV7.next(office.clock()), "LAB-CV", "Laboratorio CV",
                WorkingHours.parse("THU 09:00-11:00"), Map.of(), List.of(), new Workshop("Aula 2", 2), 0);
        agenda.saveCalendar(gverdi, lab);
        LocalDateTime session = LocalDateTime.of(2026, 11, 26, 9, 0);

        agenda.book(mrossi, ANNA, "LAB-CV", AppointmentKind.WORKSHOP, session, "");
        agenda.book(mrossi, LUCA, "LAB-CV", AppointmentKind.WORKSHOP, session, "");
        CodiceFiscale third = code("VRDGLI80A41A944");
        new OfficeDossiers(office.connection().database().dataSource(), office.clock())
                .register(third, "Verdi", "Giulia", "Bologna", TODAY);

        assertThat(refusal(() -> agenda.book(mrossi, third, "LAB-CV", AppointmentKind.WORKSHOP, session, ""))
                .problem()).isEqualTo(Problem.SLOT_TAKEN);
        assertThat(agenda.calendar(mrossi, "LAB-CV").workshop().room()).isEqualTo("Aula 2");
    }

    @Test
    void theBookingRuleIsTheOfficesToChange() {
        assertThat(agenda.rule(mrossi)).isEqualTo(BookingRule.SHIPPED);
        BookingRule strict = new BookingRule(false, java.time.LocalTime.of(12, 0), java.time.Duration.ZERO, 10, false);
        assertThat(refusal(() -> agenda.saveRule(mrossi, strict)).problem()).isEqualTo(Problem.ACCESS_DENIED);
        assertThat(agenda.saveRule(gverdi, strict)).isEqualTo(strict);
        // Not with the case manager any more: with the operator who books.
        assertThat(agenda.book(gverdi, LUCA, null, AppointmentKind.CASE_MANAGER_TALK, null, "").withLogin())
                .isEqualTo("gverdi");
    }

    OperatorSession lbianchi() {
        return office.login("lbianchi");
    }
}
