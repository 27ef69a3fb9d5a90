package org.sportello.server.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.Appointment;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.agenda.AppointmentStatus;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.cases.NoShowCount;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/**
 * No-show marking on a real office database, Tuesday 24 November 2026 in Rome: Anna is booked with Maria Rossi
 * at 10:30 (a 30-minute talk unless the kind says otherwise), Luca at 11:30; the shipped rule's late margin is 15
 * minutes, so Anna is a no-show from her end plus 15 minutes.
 */
class NoShowSweepTest {
    static final CodiceFiscale ANNA = OfficeAgendaTest.ANNA;
    static final CodiceFiscale LUCA = OfficeAgendaTest.LUCA;

    @TempDir
    Path dir;
    TestOffice office;
    OfficeAgenda agenda;
    NoShowSweep sweep;
    OperatorSession mrossi;
    Appointment anna;
    Appointment luca;
    OfficeDossiers dossiers;

    @BeforeEach
    void open() {
        office = TestOffice.embedded(dir);
        dossiers = new OfficeDossiers(office.connection().database().dataSource(), office.clock());
        dossiers.register(ANNA, "Neri", "Anna", "Bologna", OfficeAgendaTest.TODAY.minusYears(1));
        dossiers.register(LUCA, "Bianchi", "Luca", "Bologna", OfficeAgendaTest.TODAY.minusYears(1));
        agenda = office.connection().agenda();
        sweep = new NoShowSweep(agenda, office.clock());
        mrossi = office.login("mrossi");
        anna = agenda.book(mrossi, ANNA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 24, 10, 30), "");
        luca = agenda.book(mrossi, LUCA, "mrossi", AppointmentKind.CASE_MANAGER_TALK,
                LocalDateTime.of(2026, 11, 24, 11, 30), "");
    }

    @AfterEach
    void close() {
        sweep.close();
        office.close();
    }

    void at(LocalDateTime t) {
        office.clock().set(t.atZone(TestOffice.ROME).toInstant());
    }

    long version(CodiceFiscale who) {
        try (Connection c = office.connection().database().dataSource().getConnection()) {
            return OfficeDossiers.read(c, who.canonical()).orElseThrow().version();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anAppointmentStillBookedAtItsEndPlusTheMarginBecomesANoShowAndFreesItsPlace() {
        var end = LocalDateTime.ofInstant(anna.endsAt(), TestOffice.ROME);
        long before = version(ANNA);
        at(end.plusMinutes(15));
        assertThat(sweep.runOnce()).as("exactly at the margin it is not yet missed").isZero();
        assertThat(agenda.find(mrossi, anna.id()).status()).isEqualTo(AppointmentStatus.BOOKED);

        at(end.plusMinutes(16));
        assertThat(sweep.runOnce()).isEqualTo(1);
        Appointment after = agenda.find(mrossi, anna.id());
        assertThat(after.status()).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(version(ANNA)).isEqualTo(before + 1);
        assertThat(agenda.find(mrossi, luca.id()).status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(sweep.runOnce()).as("a second run marks nothing twice").isZero();
        assertThat(version(ANNA)).isEqualTo(before + 1);
    }

    @Test
    void aCheckedInOrCancelledAppointmentIsNeverANoShow() {
        at(LocalDateTime.of(2026, 11, 24, 10, 20));
        office.connection().checkIn().byCard(ANNA.canonical(), "it", "tap");
        agenda.cancel(mrossi, luca.id(), "called to say");
        at(LocalDateTime.of(2026, 11, 24, 18, 0));
        assertThat(sweep.runOnce()).isZero();
        assertThat(agenda.find(mrossi, anna.id()).status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(agenda.find(mrossi, luca.id()).status()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    void theNoShowShowsInTheCitizensCaseAndItsCountInTheCaseManagersCaseload() {
        var cases = office.connection().cases();
        cases.assign(mrossi, ANNA, "mrossi");
        cases.assign(mrossi, LUCA, "mrossi");
        at(LocalDateTime.of(2026, 11, 24, 13, 0));
        assertThat(sweep.runOnce()).isEqualTo(2);

        var view = cases.view(mrossi, ANNA);
        assertThat(view.noShows()).singleElement().satisfies(n -> {
            assertThat(n.appointment()).isEqualTo(anna.id());
            assertThat(n.startsAt()).isEqualTo(anna.startsAt());
            assertThat(n.withLogin()).isEqualTo("mrossi");
            assertThat(n.kind()).isEqualTo("CASE_MANAGER_TALK");
        });
        assertThat(cases.caseload(mrossi, "mrossi").noShows()).extracting(NoShowCount::taxCode, NoShowCount::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ANNA.canonical(), 1),
                        org.assertj.core.groups.Tuple.tuple(LUCA.canonical(), 1));
    }

    @Test
    void theScheduledSweepMarksOnStart() throws InterruptedException {
        at(LocalDateTime.of(2026, 11, 24, 13, 0));
        sweep.close();
        var marked = new java.util.concurrent.CountDownLatch(1);
        sweep = NoShowSweep.start(agenda, office.clock(), 60, n -> marked.countDown());
        assertThat(marked.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(agenda.find(mrossi, luca.id()).status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }
}
