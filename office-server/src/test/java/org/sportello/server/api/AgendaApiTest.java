package org.sportello.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.sportello.model.agenda.NewCalendar;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.RemoteAgenda;
import org.sportello.protocol.v1.AgendaGrpc;
import org.sportello.protocol.v1.AppointmentBookRequest;
import org.sportello.protocol.v1.AppointmentListRequest;
import org.sportello.protocol.v1.SessionRef;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/** The agenda through the office protocol: the desk's client books, rebooks and lists; bad fields are refused. */
class AgendaApiTest {
    static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    static final CodiceFiscale ANNA = CodiceFiscale.of("NREANN85T50A944"
            + CodiceFiscale.checkCharacter("NREANN85T50A944"), TODAY);

    @TempDir
    Path dir;
    OfficeApiFixture office;
    RemoteAgenda agenda;
    OperatorSession desk;
    String token;

    @BeforeEach
    void start() {
        office = OfficeApiFixture.start(dir);
        new OfficeDossiers(office.connection().database().dataSource(), office.office().clock())
                .register(ANNA, "Neri", "Anna", "Bologna", TODAY.minusYears(1));
        token = office.login(StationRole.DESK, "mrossi");
        desk = new OperatorSession(null, "mrossi", "Maria Rossi", Role.OPERATOR, token);
        agenda = new RemoteAgenda(office.as(StationRole.DESK));
    }

    @AfterEach
    void stop() {
        office.close();
    }

    @Test
    void aDeskBooksRebooksAndListsThroughTheServer() {
        BookingRule.Proposal p = agenda.propose(desk, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, 2);
        Appointment booked = agenda.book(desk, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK, null, "Documento");
        Appointment moved = agenda.rebook(desk, booked.id(), LocalDateTime.of(2026, 11, 26, 9, 0), "spostato");

        assertThat(p.step()).isEqualTo(BookingRule.Step.SAME_MORNING);
        assertThat(p.slots()).hasSize(2);
        assertThat(booked.startsAt()).isEqualTo(p.slots().getFirst().startsAt());
        assertThat(booked.bring()).isEqualTo("Documento");
        assertThat(moved.status()).isEqualTo(AppointmentStatus.BOOKED);
        List<Appointment> week = agenda.list(desk, null, TODAY, TODAY.plusDays(6));
        assertThat(week).extracting(Appointment::status)
                .containsExactly(AppointmentStatus.REBOOKED, AppointmentStatus.BOOKED);
        assertThat(agenda.ofCitizen(desk, ANNA)).hasSize(2);
        assertThat(agenda.calendar(desk, null).owner()).isEqualTo("mrossi");
        assertThatThrownBy(() -> agenda.book(desk, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 26, 9, 0), ""))
                .isInstanceOfSatisfying(SportelloException.class, e -> assertThat(e.problem()).isEqualTo(Problem.SLOT_TAKEN));
    }

    @Test
    void aKioskChecksInThroughRemoteQueueAndProblemsComeBackAsTheyDoForOtherCalls() {
        Appointment booked = agenda.book(desk, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 24, 10, 30), "");
        var kiosk = new org.sportello.protocol.client.RemoteQueue(office.as(StationRole.KIOSK));

        var early = kiosk.checkIn(null, ANNA.canonical(), "it", "tap-early");
        assertThat(early.appointment()).isFalse();
        assertThat(early.turnedAway()).isEqualTo(Problem.CHECKIN_TOO_EARLY);
        assertThat(early.turnedAwayArgs()).containsExactly("10:30", "10:15");
        assertThat(early.issued().ticket().kind()).isEqualTo(org.sportello.model.queue.TicketKind.WALK_IN);

        var offered = kiosk.checkIn(null, ANNA.canonical(), "it", "tap-ask", true);
        assertThat(offered.walkInOffered()).isTrue();
        assertThat(offered.issued()).isNull();
        assertThat(offered.turnedAway()).isEqualTo(Problem.CHECKIN_TOO_EARLY);
        assertThat(offered.turnedAwayArgs()).containsExactly("10:30", "10:15");

        office.office().clock().set(LocalDateTime.of(2026, 11, 24, 10, 25).atZone(TestOffice.ROME).toInstant());
        var onTime = kiosk.checkIn(null, ANNA.canonical(), "it", "tap-2");
        assertThat(onTime.appointment()).isTrue();
        assertThat(onTime.turnedAway()).isNull();
        assertThat(onTime.withName()).isEqualTo("Maria Rossi");
        assertThat(onTime.startsAt()).isEqualTo(booked.startsAt());
        assertThat(onTime.issued().ticket().kind()).isEqualTo(org.sportello.model.queue.TicketKind.APPOINTMENT);
        assertThat(onTime.issued().ticket().citizenTaxCode()).as("the kiosk sees no personal data").isNull();
        assertThat(agenda.find(desk, booked.id()).status()).isEqualTo(AppointmentStatus.CHECKED_IN);

        assertThatThrownBy(() -> kiosk.checkIn("not a seal", null, "it", "tap-3"))
                .isInstanceOfSatisfying(SportelloException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CHECKIN_CODE_UNKNOWN));
        assertThatThrownBy(() -> new org.sportello.protocol.client.RemoteQueue(office.as(StationRole.DISPLAY))
                .checkIn(null, ANNA.canonical(), "it", "tap-4"))
                .isInstanceOf(SportelloException.class);
    }

    @Test
    void onlySupervisorsEditCalendarsAndTheRuleTheServerRefusesAnOperator() {
        AgendaCalendar mine = agenda.calendar(desk, null);
        AgendaCalendar away = mine.withAbsences(List.of(Absence.days(TODAY.plusDays(8), TODAY.plusDays(8), "ferie")));
        // The desk's own client, the operator's valid session: the server itself says no.
        for (Runnable edit : List.<Runnable>of(() -> agenda.saveCalendar(desk, away),
                () -> agenda.stranded(desk, away), () -> agenda.saveRule(desk, BookingRule.SHIPPED))) {
            assertThatThrownBy(edit::run).isInstanceOfSatisfying(SportelloException.class,
                    e -> assertThat(e.problem()).isEqualTo(Problem.ACCESS_DENIED));
        }
        assertThat(agenda.calendar(desk, null).absences()).isEmpty();

        String supervisorToken = office.login(StationRole.DESK, "desk-2", "gverdi");
        OperatorSession supervisor = new OperatorSession(null, "gverdi", "Giulia Verdi", Role.SUPERVISOR,
                supervisorToken);
        RemoteAgenda supervisorsDesk = new RemoteAgenda(office.as(StationRole.DESK, "desk-2"));
        Appointment booked = agenda.book(desk, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 12, 1, 9, 0), "");
        assertThat(supervisorsDesk.stranded(supervisor, away)).isEmpty();
        AgendaCalendar strands = away.withAbsences(List.of(Absence.days(TODAY.plusDays(8), TODAY.plusDays(8), "ferie"),
                Absence.days(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), "corso")));
        assertThat(supervisorsDesk.stranded(supervisor, strands)).extracting(Appointment::id).containsExactly(booked.id());
        assertThatThrownBy(() -> supervisorsDesk.saveCalendar(supervisor, strands)).isInstanceOfSatisfying(
                SportelloException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CALENDAR_STRANDS_APPOINTMENTS);
                    assertThat(e.arguments()[1]).isEqualTo("1");
                });
        assertThat(supervisorsDesk.saveCalendar(supervisor, away).absences()).hasSize(1);
    }

    @Test
    void aSupervisorOpensCalendarsForAnOperatorWithNoneAndForAWorkshopAndBadOnesAreRefusedInWords() {
        String supervisorToken = office.login(StationRole.DESK, "desk-2", "gverdi");
        OperatorSession supervisor = new OperatorSession(null, "gverdi", "Giulia Verdi", Role.SUPERVISOR,
                supervisorToken);
        RemoteAgenda supervisorsDesk = new RemoteAgenda(office.as(StationRole.DESK, "desk-2"));
        NewCalendar lab = NewCalendar.ofWorkshop("lab-cv", "Laboratorio CV", "Aula 2", 12, "TUE 14:00-17:00", 90);

        assertThat(refusal(() -> agenda.createCalendar(desk, lab))).as("an operator is no supervisor")
                .isEqualTo(Problem.ACCESS_DENIED);
        AgendaCalendar workshop = supervisorsDesk.createCalendar(supervisor, lab);
        AgendaCalendar person = supervisorsDesk.createCalendar(supervisor, NewCalendar.ofPerson("lbianchi",
                "MON 09:00-13:00; WED 09:00-12:00", java.util.Map.of(AppointmentKind.SPECIALIST_SERVICE, 45)));

        assertThat(workshop.owner()).isEqualTo("lab-cv");
        assertThat(workshop.name()).isEqualTo("Laboratorio CV");
        assertThat(workshop.workshop()).isEqualTo(new org.sportello.model.agenda.Workshop("Aula 2", 12));
        assertThat(workshop.lengthOf(AppointmentKind.WORKSHOP)).hasMinutes(90);
        assertThat(workshop.hours().format()).isEqualTo("TUE 14:00-17:00");
        assertThat(person.name()).as("the operator's own name").isNotBlank();
        assertThat(person.isWorkshop()).isFalse();
        assertThat(person.lengthOf(AppointmentKind.SPECIALIST_SERVICE)).hasMinutes(45);
        assertThat(person.hours().format()).isEqualTo("MON 09:00-13:00; WED 09:00-12:00");
        assertThat(supervisorsDesk.calendars(supervisor)).extracting(AgendaCalendar::owner)
                .contains("lab-cv", "lbianchi");
        // The workshop takes bookings at once: twelve seats in a 90-minute session on Tuesday afternoon.
        var offered = agenda.propose(desk, ANNA, "lab-cv", AppointmentKind.WORKSHOP, 1);
        assertThat(offered.slots()).singleElement().satisfies(slot -> {
            assertThat(slot.start()).isEqualTo(LocalDateTime.of(2026, 11, 24, 14, 0).plusDays(7));
            assertThat(slot.seatsLeft()).isEqualTo(12);
        });

        java.util.Map<NewCalendar, Problem> refused = new java.util.LinkedHashMap<>();
        refused.put(NewCalendar.ofWorkshop("lab-2", "laboratorio cv", "Aula 3", 5, "", 0), Problem.CALENDAR_NAME_TAKEN);
        refused.put(NewCalendar.ofWorkshop("lab-cv", "Altro", "Aula 3", 5, "", 0), Problem.CALENDAR_EXISTS);
        refused.put(NewCalendar.ofWorkshop("mrossi", "Altro", "Aula 3", 5, "", 0), Problem.CALENDAR_EXISTS);
        refused.put(NewCalendar.ofWorkshop("lab-3", "Terzo", "Aula 3", 0, "", 0), Problem.WORKSHOP_SEATS_INVALID);
        refused.put(NewCalendar.ofWorkshop("lab-3", "Terzo", "", 5, "", 0), Problem.WORKSHOP_ROOM_MISSING);
        refused.put(NewCalendar.ofWorkshop("lab-3", "", "Aula 3", 5, "", 0), Problem.CALENDAR_NAME_MISSING);
        refused.put(NewCalendar.ofWorkshop("lab-3", "Terzo", "Aula 3", 5, "MON 13:00-09:00", 0),
                Problem.CALENDAR_HOURS_INVALID);
        refused.put(NewCalendar.ofWorkshop("lab-3", "Terzo", "Aula 3", 5, "lunedi mattina", 0),
                Problem.CALENDAR_HOURS_INVALID);
        refused.put(NewCalendar.ofWorkshop("lab-3", "Terzo", "Aula 3", 5, "", 3), Problem.CALENDAR_SLOT_INVALID);
        refused.put(NewCalendar.ofPerson("nessuno", "", java.util.Map.of()), Problem.UNKNOWN_OPERATOR);
        refused.put(NewCalendar.ofPerson("lbianchi", "", java.util.Map.of()), Problem.CALENDAR_EXISTS);
        refused.forEach((asked, problem) -> {
            SportelloException e = catchRefusal(() -> supervisorsDesk.createCalendar(supervisor, asked));
            assertThat(e.problem()).as(asked.toString()).isEqualTo(problem);
            assertThat(e.localizedMessage(java.util.Locale.ITALIAN))
                    .as("a plain sentence, not a key").doesNotContain("problem.").doesNotContain("{0}");
        });
        assertThat(supervisorsDesk.calendars(supervisor)).extracting(AgendaCalendar::owner)
                .doesNotContain("lab-2", "lab-3", "nessuno");
    }

    @Test
    void aSupervisorDismissesAMovedAppointmentThroughTheServerAnOperatorIsRefused() throws Exception {
        java.util.UUID moved = java.util.UUID.randomUUID();
        try (java.sql.Connection c = office.connection().database().dataSource().getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO moved_appointment (id, person_id, tax_code,"
                     + " booked_at_code, with_login, with_name, kind, starts_at, ends_at, status, bring,"
                     + " central_version, to_rebook, received_at) SELECT ?, id, tax_code, 'RM01', 'fneri', 'Franca Neri',"
                     + " 'CASE_MANAGER_TALK', ?, ?, 'TO_BE_REBOOKED', '', 1, TRUE, ? FROM person")) {
            java.time.OffsetDateTime at = TestOffice.TUESDAY_MORNING.plusDays(2).atZone(TestOffice.ROME)
                    .toOffsetDateTime();
            ps.setObject(1, moved);
            ps.setObject(2, at);
            ps.setObject(3, at.plusMinutes(30));
            ps.setObject(4, at.minusDays(3));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
        String supervisorToken = office.login(StationRole.DESK, "desk-2", "gverdi");
        OperatorSession supervisor = new OperatorSession(null, "gverdi", "Giulia Verdi", Role.SUPERVISOR,
                supervisorToken);
        RemoteAgenda supervisorsDesk = new RemoteAgenda(office.as(StationRole.DESK, "desk-2"));

        assertThat(refusal(() -> agenda.dismissMoved(desk, moved, "non serve"))).isEqualTo(Problem.ACCESS_DENIED);
        assertThat(refusal(() -> supervisorsDesk.dismissMoved(supervisor, moved, "  ")))
                .isEqualTo(Problem.REASON_REQUIRED);
        assertThat(supervisorsDesk.toRebook(supervisor)).hasSize(1);
        var dismissed = supervisorsDesk.dismissMoved(supervisor, moved, "ha trovato lavoro");

        assertThat(dismissed.waiting()).isFalse();
        assertThat(dismissed.statusHere()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(dismissed.dismissed().by()).isEqualTo("gverdi");
        assertThat(dismissed.dismissed().reason()).isEqualTo("ha trovato lavoro");
        assertThat(dismissed.dismissed().at()).isEqualTo(office.office().clock().instant());
        assertThat(supervisorsDesk.toRebook(supervisor)).isEmpty();
        assertThat(refusal(() -> supervisorsDesk.dismissMoved(supervisor, moved, "di nuovo")))
                .isEqualTo(Problem.APPOINTMENT_CLOSED);
        assertThat(refusal(() -> supervisorsDesk.rebookMoved(supervisor, moved, "mrossi", null)))
                .isEqualTo(Problem.APPOINTMENT_CLOSED);
    }

    private static Problem refusal(Runnable call) {
        return catchRefusal(call).problem();
    }

    private static SportelloException catchRefusal(Runnable call) {
        SportelloException e = org.assertj.core.api.Assertions.catchThrowableOfType(SportelloException.class, call::run);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @Test
    void badFieldsAreRefusedAsInvalid() {
        var stub = AgendaGrpc.newBlockingStub(office.as(StationRole.DESK)).withDeadlineAfter(5, TimeUnit.SECONDS);
        SessionRef ref = SessionRef.newBuilder().setToken(token).build();
        for (Runnable bad : List.<Runnable>of(
                () -> stub.book(AppointmentBookRequest.newBuilder().setSession(ref).setTaxCode(ANNA.canonical())
                        .setKind("PARTY").build()),
                () -> stub.book(AppointmentBookRequest.newBuilder().setSession(ref).setTaxCode(ANNA.canonical())
                        .setKind("CASE_MANAGER_TALK").setAt("26/11/2026 9:00").build()),
                () -> stub.list(AppointmentListRequest.newBuilder().setSession(ref).setFirst("2026-11-30")
                        .setLast("2026-11-01").build()),
                () -> stub.list(AppointmentListRequest.newBuilder().setSession(ref).setFirst("2026-01-01")
                        .setLast("2026-12-31").build()))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(io.grpc.StatusRuntimeException.class,
                    e -> assertThat(e.getStatus().getCode()).isEqualTo(io.grpc.Status.Code.INVALID_ARGUMENT));
        }
    }
}
