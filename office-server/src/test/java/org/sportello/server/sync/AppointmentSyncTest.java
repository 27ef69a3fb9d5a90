package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.agenda.MovedAppointment;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.CaseView;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.agenda.NoShowSweep;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/**
 * Appointments go to central under the office that booked them, every version of each (booked, cancelled, no-show,
 * released); a dossier moved to another office takes its future appointments there as "to be rebooked" and the past
 * ones as history, read with a logged reason; the new office cannot touch the old office's rows on central; and an
 * office whose central is away keeps its appointments until it is back (ADR 36). Real PostgreSQL, real H2 offices,
 * the offices' own roles.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class AppointmentSyncTest {
    private static final LocalDate TODAY = TestOffice.TUESDAY_MORNING.toLocalDate();
    private static final CodiceFiscale MARIO = CodiceFiscale.of("RSSMRA85T10A562S", TODAY);
    private static final LocalDateTime THURSDAY_9 = LocalDateTime.of(2026, 11, 26, 9, 0);

    @TempDir
    Path dir;

    @Test
    void appointmentsReachCentralAndAMovedDossierTakesItsFutureOnesToBeRebooked() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("PA"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("PB"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            sync(a, loginA);
            sync(b, loginB);

            new OfficeDossiers(ds(a), a.clock()).register(MARIO, "Rossi", "Mario", "Roma", TODAY.minusYears(1));
            OperatorSession atA = a.login("mrossi");
            a.connection().cases().assign(atA, MARIO, "mrossi");
            var agendaA = a.connection().agenda();
            Appointment today = agendaA.book(atA, MARIO, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                    TODAY.atTime(10, 30), "");
            Appointment ahead = agendaA.book(atA, MARIO, "mrossi", AppointmentKind.CASE_MANAGER_TALK, THURSDAY_9,
                    "Curriculum");
            Appointment dropped = agendaA.book(atA, MARIO, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                    THURSDAY_9.plusHours(2), "");
            sync(a, loginA);
            assertThat(count(admin, "SELECT count(*) FROM appointment WHERE office_id = '" + id(a)
                    + "' AND tax_code = '" + MARIO.canonical() + "' AND status = 'BOOKED'")).isEqualTo(3);
            assertThat(text(admin, "SELECT with_name || ' / ' || bring FROM appointment WHERE id = '" + ahead.id() + "'"))
                    .isEqualTo("Maria Rossi / Curriculum");

            // A cancellation and a no-show reach central as new versions of the same rows.
            agendaA.cancel(atA, dropped.id(), "the citizen asked");
            a.clock().advance(Duration.ofMinutes(90));
            assertThat(new NoShowSweep(agendaA, a.clock()).runOnce()).isEqualTo(1);
            sync(a, loginA);
            assertThat(text(admin, "SELECT status || ' ' || change_reason FROM appointment WHERE id = '" + dropped.id()
                    + "'")).isEqualTo("CANCELLED the citizen asked");
            assertThat(text(admin, "SELECT status FROM appointment WHERE id = '" + today.id() + "'")).isEqualTo("NO_SHOW");
            assertThat(count(admin, "SELECT count(*) FROM appointment")).as("history, not new rows").isEqualTo(3);
            // Office B sees none of A's rows directly.
            assertThat(count(loginB, "SELECT count(*) FROM appointment")).isZero();

            // The dossier moves to B: A stops holding Thursday's slot and tells central so.
            new CentralDossiers(ds(a), loginA, a.clock()).transfer(MARIO, code(b), "moved to Bologna");
            assertThat(agendaA.find(atA, ahead.id()).status()).isEqualTo(AppointmentStatus.TO_BE_REBOOKED);
            assertThat(agendaA.find(atA, today.id()).status()).as("the past stays as it was")
                    .isEqualTo(AppointmentStatus.NO_SHOW);
            sync(a, loginA);
            assertThat(text(admin, "SELECT status || ' ' || office_id FROM appointment WHERE id = '" + ahead.id() + "'"))
                    .isEqualTo("TO_BE_REBOOKED " + id(a));

            b.clock().advance(Duration.ofMinutes(90));
            sync(b, loginB);
            OperatorSession supervisorB = b.login("gverdi");
            CaseView atB = b.connection().cases().view(supervisorB, MARIO);
            assertThat(atB.movedAppointments()).extracting(MovedAppointment::id, MovedAppointment::statusHere)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(today.id(), AppointmentStatus.NO_SHOW),
                            org.assertj.core.groups.Tuple.tuple(ahead.id(), AppointmentStatus.TO_BE_REBOOKED),
                            org.assertj.core.groups.Tuple.tuple(dropped.id(), AppointmentStatus.CANCELLED));
            assertThat(atB.toRebook()).singleElement().satisfies(m -> {
                assertThat(m.bookedAtOffice()).isEqualTo(code(a));
                assertThat(m.withName()).isEqualTo("Maria Rossi");
                assertThat(m.kind()).isEqualTo(AppointmentKind.CASE_MANAGER_TALK);
                assertThat(m.bring()).isEqualTo("Curriculum");
            });
            // The new owner read another office's appointments: with the sync's reason, logged.
            assertThat(count(admin, "SELECT count(*) FROM dossier_access WHERE part = 'appointments' AND office_id = '"
                    + id(b) + "' AND reason = '" + MovedAppointments.TAKE_REASON + "'")).isEqualTo(1);

            // A supervisor lists it and books it again at B, with someone of B.
            var agendaB = b.connection().agenda();
            assertThat(agendaB.toRebook(supervisorB)).extracting(MovedAppointment::id).containsExactly(ahead.id());
            assertThat(refusalOf(() -> agendaB.toRebook(b.login("lbianchi")))).isEqualTo(Problem.ACCESS_DENIED);
            Appointment again = agendaB.rebookMoved(supervisorB, ahead.id(), "lbianchi", THURSDAY_9.plusHours(1));
            assertThat(again.withLogin()).isEqualTo("lbianchi");
            assertThat(again.kind()).isEqualTo(AppointmentKind.CASE_MANAGER_TALK);
            assertThat(again.bring()).isEqualTo("Curriculum");
            assertThat(agendaB.toRebook(supervisorB)).isEmpty();
            assertThat(b.connection().cases().view(supervisorB, MARIO).movedAppointments())
                    .filteredOn(m -> m.id().equals(ahead.id())).singleElement()
                    .satisfies(m -> assertThat(m.rebookedTo()).isEqualTo(again.id()));
            assertThat(refusalOf(() -> agendaB.rebookMoved(supervisorB, ahead.id(), "lbianchi", null)))
                    .isEqualTo(Problem.APPOINTMENT_CLOSED);
            assertThat(refusalOf(() -> agendaB.rebookMoved(supervisorB, today.id(), "lbianchi", null)))
                    .as("history is not rebooked").isEqualTo(Problem.APPOINTMENT_CLOSED);
            sync(b, loginB);
            assertThat(count(admin, "SELECT count(*) FROM appointment WHERE office_id = '" + id(b) + "' AND id = '"
                    + again.id() + "' AND status = 'BOOKED'")).isEqualTo(1);
            // A second round takes nothing twice.
            sync(b, loginB);
            assertThat(b.connection().cases().view(supervisorB, MARIO).movedAppointments()).hasSize(3);
        }
    }

    @Test
    void theNewOwnerCannotAlterTheOldOfficesAppointmentsOnCentral() throws SQLException {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("PC"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("PD"))) {
            CentralLogin loginA = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(a)));
            CentralLogin loginB = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(b)));
            sync(a, loginA);
            sync(b, loginB);
            new OfficeDossiers(ds(a), a.clock()).register(MARIO, "Rossi", "Mario", "Roma", TODAY.minusYears(1));
            OperatorSession atA = a.login("mrossi");
            Appointment ahead = a.connection().agenda().book(atA, MARIO, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                    THURSDAY_9, "");
            sync(a, loginA);
            new CentralDossiers(ds(a), loginA, a.clock()).transfer(MARIO, code(b), "moved");
            sync(a, loginA);
            sync(b, loginB);
            String before = text(admin, "SELECT status || ' ' || version || ' ' || office_id FROM appointment WHERE id = '"
                    + ahead.id() + "'");
            assertThat(before).isEqualTo("TO_BE_REBOOKED 2 " + id(a));

            try (Connection c = loginB.connect(); Statement s = c.createStatement()) {
                // Even owning the dossier, B sees and updates none of A's rows.
                assertThat(s.executeUpdate("UPDATE public.appointment SET status = 'CANCELLED', version = 99"
                        + " WHERE id = '" + ahead.id() + "'")).isZero();
                assertThat(s.executeUpdate("UPDATE public.appointment SET office_id = '" + id(b) + "'")).isZero();
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM public.appointment WHERE id = '" + ahead.id() + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                assertThatThrownBy(() -> s.executeUpdate(insert(ahead.id(), id(a), "CANCELLED")))
                        .as("a row in A's name").isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                assertThatThrownBy(() -> s.executeUpdate(insert(ahead.id(), id(b), "CANCELLED")
                        + " ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, version = EXCLUDED.version"))
                        .as("an upsert over A's row").isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
                // And A's rows are read only through the function, with a reason.
                assertThatThrownBy(() -> s.executeQuery("SELECT * FROM public.dossier_fetch_appointments('"
                        + MARIO.canonical() + "', NULL)").close()).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("SR001"));
            }
            assertThat(text(admin, "SELECT status || ' ' || version || ' ' || office_id FROM appointment WHERE id = '"
                    + ahead.id() + "'")).isEqualTo(before);
            assertThat(count(admin, "SELECT count(*) FROM appointment")).isEqualTo(1);
            assertThat(count(admin, "SELECT count(*) FROM pg_class WHERE relname = 'appointment'"
                    + " AND relrowsecurity AND relforcerowsecurity")).isEqualTo(1);
            assertThat(text(admin, "SELECT array_to_string(proconfig, ',') FROM pg_proc"
                    + " WHERE proname = 'dossier_fetch_appointments'")).isEqualTo("search_path=pg_catalog, public, pg_temp");
            // A third office reading the citizen's dossier with a reason gets the appointments as history only.
            try (TestOffice c3 = TestOffice.embedded(dir.resolve("c"), CentralPostgres.officeCode("PE"))) {
                CentralLogin loginC = CentralPostgres.officeLogin(admin, CentralPostgres.addOffice(admin, code(c3)));
                sync(c3, loginC);
                new CentralDossiers(ds(c3), loginC, c3.clock()).pull(MARIO, "citizen at our desk");
                CaseView copy = c3.connection().cases().view(c3.login("gverdi"), MARIO);
                assertThat(copy.movedAppointments()).singleElement().satisfies(m -> {
                    assertThat(m.status()).as("as A has it").isEqualTo(AppointmentStatus.TO_BE_REBOOKED);
                    assertThat(m.toRebook()).isFalse();
                });
                assertThat(copy.toRebook()).as("not this office's to rebook").isEmpty();
                assertThat(count(admin, "SELECT count(*) FROM dossier_access WHERE part = 'appointments' AND office_id = '"
                        + id(c3) + "' AND reason = 'citizen at our desk'")).isEqualTo(1);
            }
        }
    }

    @Test
    void whileCentralIsAwayTheOfficeKeepsItsAppointmentsAndDeliversThemLater() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        try (TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("PF"))) {
            OfficeCredentials credentials = CentralPostgres.addOffice(admin, code(a));
            CentralLogin loginA = CentralPostgres.officeLogin(admin, credentials);
            sync(a, loginA);
            new OfficeDossiers(ds(a), a.clock()).register(MARIO, "Rossi", "Mario", "Roma", TODAY.minusYears(1));
            OperatorSession atA = a.login("mrossi");
            Appointment first = a.connection().agenda().book(atA, MARIO, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                    THURSDAY_9, "");
            a.connection().agenda().cancel(atA, first.id(), "wrong day");
            Appointment second = a.connection().agenda().book(atA, MARIO, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                    THURSDAY_9.plusDays(1), "");

            int closedPort;
            try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                closedPort = s.getLocalPort();
            }
            CentralLogin away = CentralPostgres.officeLogin(admin, credentials, closedPort);
            assertThatThrownBy(() -> sync(a, away)).isInstanceOf(SyncException.class);
            assertThat(unpushed(a)).as("kept in the office").containsExactlyInAnyOrder(first.id(), second.id());
            assertThat(count(admin, "SELECT count(*) FROM appointment")).isZero();

            sync(a, loginA);
            assertThat(unpushed(a)).isEmpty();
            assertThat(text(admin, "SELECT string_agg(status, ',' ORDER BY starts_at) FROM appointment"))
                    .isEqualTo("CANCELLED,BOOKED");
            // A batch sent again (its acknowledgement lost) changes nothing at central.
            try (Connection c = ds(a).getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE appointment SET pushed_version = 0");
            }
            sync(a, loginA);
            assertThat(count(admin, "SELECT count(*) FROM appointment")).isEqualTo(2);
            assertThat(text(admin, "SELECT string_agg(version::text, ',' ORDER BY starts_at) FROM appointment"))
                    .isEqualTo("2,1");
        }
    }

    private static String insert(UUID id, String officeId, String status) {
        return "INSERT INTO public.appointment (office_id, id, person_id, tax_code, with_login, with_name, kind,"
                + " starts_at, ends_at, status, bring, booked_at, booked_by, version) VALUES ('" + officeId + "', '"
                + id + "', '" + UUID.randomUUID() + "', '" + MARIO.canonical() + "', 'x', 'x', 'CASE_MANAGER_TALK',"
                + " now() + interval '1 day', now() + interval '25 hours', '" + status + "', '', now(), 'x', 99)";
    }

    private static List<UUID> unpushed(TestOffice o) throws SQLException {
        try (Connection c = ds(o).getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT id FROM appointment WHERE pushed_version < version");
             ResultSet rs = ps.executeQuery()) {
            List<UUID> ids = new java.util.ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
            return ids;
        }
    }

    private static Problem refusalOf(Runnable r) {
        try {
            r.run();
        } catch (SportelloException e) {
            return e.problem();
        }
        throw new AssertionError("not refused");
    }

    /** A round on the office's own clock, so "ahead" and "past" are the office's. */
    private static void sync(TestOffice o, CentralLogin login) {
        new OfficeSync(ds(o), login, SyncSettings.DEFAULT, o.clock(), SyncProbe.NONE).runOnce();
    }

    private static long count(CentralLogin login, String sql) throws SQLException {
        return Long.parseLong(text(login, sql));
    }

    private static String text(CentralLogin login, String sql) throws SQLException {
        try (Connection c = login.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String id(TestOffice o) throws SQLException {
        try (Connection c = ds(o).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM office")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String code(TestOffice o) {
        return o.connection().directory().office().code();
    }

    private static DataSource ds(TestOffice o) {
        return o.connection().database().dataSource();
    }

}
