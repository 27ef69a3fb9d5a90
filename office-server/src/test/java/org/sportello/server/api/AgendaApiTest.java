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
