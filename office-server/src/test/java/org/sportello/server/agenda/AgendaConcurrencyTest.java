package org.sportello.server.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.agenda.AppointmentKind;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.server.dossier.OfficeDossiers;
import org.sportello.server.testing.TestOffice;

/** Fifty desks book the same slot at the same moment, each for another citizen: exactly one wins. */
class AgendaConcurrencyTest {
    static final int DESKS = 50;

    @TempDir
    Path dir;

    @Test
    void fiftyDesksBookingOneSlotMakeOneAppointment() throws Exception {
        try (TestOffice office = TestOffice.embedded(dir)) {
            var dossiers = new OfficeDossiers(office.connection().database().dataSource(), office.clock());
            List<CodiceFiscale> citizens = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                // Born on day 1..25 of January or February 1985, in Bologna.
                String first15 = "RSSMRA85" + (i < 25 ? "A" : "B") + String.format("%02d", i % 25 + 1) + "A944";
                CodiceFiscale cf = OfficeAgendaTest.code(first15);
                dossiers.register(cf, "Rossi", "Mario " + i, "Bologna", OfficeAgendaTest.TODAY);
                citizens.add(cf);
            }
            OfficeAgenda agenda = office.connection().agenda();
            List<OperatorSession> desks = List.of(office.login("mrossi"), office.login("lbianchi"),
                    office.login("gverdi"));
            LocalDateTime slot = LocalDateTime.of(2026, 11, 26, 9, 0);
            CountDownLatch ready = new CountDownLatch(DESKS);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(DESKS);
            List<Future<Object>> answers = new ArrayList<>();
            for (int i = 0; i < DESKS; i++) {
                int desk = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return agenda.book(desks.get(desk % desks.size()), citizens.get(desk), "mrossi",
                                AppointmentKind.CASE_MANAGER_TALK, slot, "");
                    } catch (SportelloException e) {
                        return e.problem();
                    }
                }));
            }
            ready.await();
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : answers) {
                results.add(f.get());
            }
            pool.shutdown();

            assertThat(results.stream().filter(r -> r instanceof org.sportello.model.agenda.Appointment)).hasSize(1);
            assertThat(results.stream().filter(r -> r == Problem.SLOT_TAKEN)).hasSize(DESKS - 1);
            try (Connection c = office.connection().database().dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM appointment WHERE held = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
