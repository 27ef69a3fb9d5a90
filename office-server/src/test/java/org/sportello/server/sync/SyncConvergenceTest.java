package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.server.testing.TestOffice;
import org.sportello.server.central.CentralLogin;

/**
 * Two real H2 offices keep working while their syncs are killed mid-batch again and again and the link
 * to a real PostgreSQL is cut under them; once the link holds, central holds exactly the union of the
 * offices: every event once, every ticket at its latest version.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class SyncConvergenceTest {
    private static final SyncSettings SETTINGS = new SyncSettings(7, Duration.ofMillis(500), Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofMillis(10));

    @TempDir
    Path dir;

    private final AtomicInteger kills = new AtomicInteger();
    private final AtomicInteger failedRounds = new AtomicInteger();
    private final AtomicInteger cuts = new AtomicInteger();

    /** A kill: the process stops at that point, the central transaction dies with its connection. */
    static final class Killed extends RuntimeException {
        Killed(SyncProbe.Step step) {
            super("killed at " + step, null, false, false);
        }
    }

    @Test
    void centralEqualsTheUnionOfTheOfficesAfterKillsAndCuts() throws Exception {
        CentralLogin admin = CentralPostgres.initialised();
        try (TcpProxy link = new TcpProxy(CentralPostgres.server().getPort());
             TestOffice a = TestOffice.embedded(dir.resolve("a"), CentralPostgres.officeCode("CA"));
             TestOffice b = TestOffice.embedded(dir.resolve("b"), CentralPostgres.officeCode("CB"))) {
            List<TestOffice> offices = List.of(a, b);
            List<CentralLogin> logins = new ArrayList<>();
            for (TestOffice o : offices) {
                logins.add(CentralPostgres.officeLogin(admin,
                        CentralPostgres.addOffice(admin, o.connection().directory().office().code()), link.port()));
            }

            AtomicBoolean working = new AtomicBoolean(true);
            List<Thread> threads = new ArrayList<>();
            List<Throwable> workErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < offices.size(); i++) {
                TestOffice office = offices.get(i);
                CentralLogin login = logins.get(i);
                long seed = 1000L + i;
                threads.add(start("kiosk-" + i, () -> issue(office, 120, workErrors)));
                threads.add(start("desk-" + i, () -> serve(office, working, workErrors)));
                threads.add(start("sync-" + i, () -> syncWithKills(office, login, working, new Random(seed))));
                threads.add(start("clerk-" + i, () -> issueDocuments(office, 12, workErrors)));
            }
            Thread chaos = start("link-cutter", () -> cutNowAndThen(link, working, new Random(7)));

            for (int i = 0; i < offices.size(); i++) {
                threads.get(4 * i).join();
                threads.get(4 * i + 3).join();
            }
            // Keep the desks, the kills and the cuts going until each has happened often enough.
            while (kills.get() < 20 || cuts.get() < 5) {
                Thread.sleep(20);
            }
            working.set(false);
            for (Thread t : threads) {
                t.join();
            }
            chaos.join();
            assertThat(workErrors).as("the offices kept working").isEmpty();

            link.restore();
            for (int i = 0; i < offices.size(); i++) {
                TestOffice office = offices.get(i);
                new OfficeSync(office.connection().database().dataSource(), logins.get(i), SETTINGS,
                        Clock.systemUTC(), SyncProbe.NONE).runOnce();
                CentralContents.Facts local = CentralContents.ofOffice(office.connection().database().dataSource());
                CentralContents.Facts central = CentralContents.atCentral(admin,
                        office.connection().directory().office().id());
                assertThat(local.events()).as("office %d's log", i).hasSizeGreaterThan(150);
                assertThat(central.events()).as("events, with their office sequence").isEqualTo(local.events());
                assertThat(central.eventRows()).as("no duplicate").isEqualTo(local.eventRows());
                assertThat(central.tickets()).as("tickets at their latest status and version")
                        .isEqualTo(local.tickets());
                assertThat(local.documents()).as("office %d's register", i).hasSizeGreaterThanOrEqualTo(12);
                assertThat(central.documents()).as("protocol entries at their latest status, with their PDF's hash,"
                        + " reprints and the PDF bytes").isEqualTo(local.documents());
                assertThat(SyncStatus.read(office.connection().database().dataSource()).backlog())
                        .as("nothing left to push").isZero();
            }
            try (Connection c = admin.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT event_id) FROM office_event")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(rs.getLong(2));
            }
            assertThat(kills.get()).as("syncs killed mid-batch").isGreaterThanOrEqualTo(20);
            assertThat(cuts.get()).as("link cuts").isGreaterThanOrEqualTo(5);
            assertThat(failedRounds.get()).as("rounds that failed and were retried").isGreaterThan(kills.get() / 2);
        }
    }

    private void syncWithKills(TestOffice office, CentralLogin login, AtomicBoolean working, Random random) {
        while (working.get()) {
            // One "process": lives a few rounds, maybe killed at a random point of a batch.
            SyncProbe probe = step -> {
                if (random.nextInt(100) < 20) {
                    kills.incrementAndGet();
                    throw new Killed(step);
                }
            };
            OfficeSync sync = new OfficeSync(office.connection().database().dataSource(), login, SETTINGS,
                    Clock.systemUTC(), probe);
            for (int round = 0; round < 1 + random.nextInt(3) && working.get(); round++) {
                try {
                    sync.runOnce();
                } catch (SyncException e) {
                    failedRounds.incrementAndGet();
                    if (e.getCause() instanceof Killed) {
                        break;
                    }
                    sleep(10);
                }
            }
        }
    }

    private void cutNowAndThen(TcpProxy link, AtomicBoolean working, Random random) {
        while (working.get()) {
            sleep(60 + random.nextInt(120));
            link.cut();
            cuts.incrementAndGet();
            sleep(30 + random.nextInt(100));
            link.restore();
        }
    }

    /** A clerk issues certificates; every third is reprinted, every fourth annulled by the supervisor. */
    private static void issueDocuments(TestOffice office, int count, List<Throwable> errors) {
        try {
            OperatorSession clerk = office.login("lbianchi");
            OperatorSession supervisor = office.login("gverdi");
            org.sportello.model.documents.DocumentSamples samples = new org.sportello.model.documents.DocumentSamples(
                    java.time.LocalDate.of(2026, 11, 24), java.time.ZoneId.of("Europe/Rome"));
            for (int i = 0; i < count; i++) {
                org.sportello.model.documents.DocumentKind kind = i % 2 == 0
                        ? org.sportello.model.documents.DocumentKind.EMPLOYMENT_STATUS_CERTIFICATE
                        : org.sportello.model.documents.DocumentKind.DID_ATTESTATION;
                var issued = office.connection().documents().issue(clerk, samples.facts(kind,
                        samples.samplePersonCode()), java.util.Locale.ITALIAN);
                if (i % 3 == 0) {
                    office.connection().documents().reprint(clerk, issued.entry().number());
                }
                if (i % 4 == 0) {
                    office.connection().protocol().annul(supervisor, issued.entry().number(), "issued by mistake");
                }
                sleep(5);
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    private static void issue(TestOffice office, int count, List<Throwable> errors) {
        try {
            QueueService queue = office.connection().queue();
            for (int i = 0; i < count; i++) {
                queue.issue(new IssueRequest(i % 3 == 0 ? "B" : "A", PriorityClass.STANDARD, "it",
                        UUID.randomUUID().toString()));
                if (i % 10 == 0) {
                    sleep(5);
                }
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    private static void serve(TestOffice office, AtomicBoolean working, List<Throwable> errors) {
        try {
            QueueService queue = office.connection().queue();
            OperatorSession maria = office.login("mrossi");
            queue.openCounter(maria, 1);
            while (working.get()) {
                Optional<Ticket> called = queue.callNext(maria, 1);
                if (called.isPresent()) {
                    queue.recall(maria, 1);
                    queue.finish(maria, 1, Outcome.RESOLVED);
                } else {
                    sleep(5);
                }
            }
        } catch (Throwable e) {
            errors.add(e);
        }
    }

    private static Thread start(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
