package org.sportello.server.bench;

import io.grpc.ManagedChannel;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.EventSubscription;
import org.sportello.protocol.client.OfficeClient;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;

/**
 * The office queue under load, over the office protocol: a real office server on 127.0.0.1 (as
 * {@code office serve} starts it, every service wired by {@link OfficeApis}), and every simulated kiosk,
 * desk and hall display its own enrolled station with its own mutual-TLS connection. Kiosks issue
 * tickets as fast as the office answers, operators log in at their desks and call and finish, the
 * displays follow the event stream.
 *
 * <p>One run measures the same load at each backlog of the settings in turn (e.g. 10 tickets waiting,
 * then 2,000): the desks hold off while the line fills to the next backlog, then the load runs a
 * warm-up and a measured window.
 */
public final class QueueBenchmark {
    static final String KIOSK_THREAD = "bench-kiosk-";
    static final String DESK_THREAD = "bench-desk-";
    private static final Duration WAITING_SAMPLE = Duration.ofMillis(50);
    /** Time the displays get, after the last window, for the calls still on their way. */
    private static final Duration DISPLAY_GRACE = Duration.ofSeconds(2);
    private static final Duration COMPILER_LOOK = Duration.ofSeconds(5);

    /**
     * @param backlogs kiosks hold off while this many tickets wait, so that issuing keeps pace with
     *                 calling and each window measures a steady line of that length; one window each
     * @param profile  switch on H2's per-statement statistics during the windows (small overhead)
     */
    public record Settings(int kiosks, int operators, int displays, int services, Duration warmup,
                           Duration maxCompilerSettle, Duration measure, boolean profile, List<Integer> backlogs) {
        public Settings {
            if (kiosks < 1 || operators < 1 || displays < 1) {
                throw new IllegalArgumentException("at least one kiosk, one operator and one display");
            }
            backlogs = List.copyOf(Objects.requireNonNull(backlogs, "backlogs"));
            if (backlogs.isEmpty() || backlogs.stream().anyMatch(b -> b < 1)) {
                throw new IllegalArgumentException("at least one backlog, each of 1 ticket or more");
            }
            if (measure.isNegative() || measure.isZero() || warmup.isNegative() || maxCompilerSettle.isNegative()) {
                throw new IllegalArgumentException("the measured time must be positive, the warm-up not negative");
            }
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final BenchLoad load = new BenchLoad();

    private QueueBenchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public static QueueBenchmarkResult run(Settings settings, Consumer<String> progress) {
        return new QueueBenchmark(settings, progress).run();
    }

    private QueueBenchmarkResult run() {
        try {
            return runIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private QueueBenchmarkResult runIn() throws IOException {
        String loadAtStart = MachineLoad.now().loadAverage();
        Path dir = createTempDir();
        try {
            Path data = Files.createDirectories(dir.resolve("data"));
            // The office's set-up is written before the server takes the database, as "office init" does.
            try (OfficeDatabase setup = OfficeDatabase.open(OfficeServer.inProcessUrl(data))) {
                setup.migrate();
                new JooqOfficeSetupWriter(setup, new PasswordHasher(1000))
                        .apply(BenchmarkOffice.setup(settings.operators(), settings.services()));
            }
            List<QueueBenchmarkResult.Phase> phases;
            int stationCount;
            try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on);
                 BenchStations stations = new BenchStations(server, dir.resolve("stations"))) {
                progress.accept("Office server on " + server.localAddress() + " (data in " + data + ")");
                phases = measure(server, stations);
                stationCount = stations.count();
            }
            progress.accept("Checking the database");
            QueueBenchmarkResult.Integrity integrity;
            try (OfficeDatabase db = OfficeDatabase.open(OfficeDatabase.fileUrl(data))) {
                integrity = integrity(db.dataSource());
            }
            return new QueueBenchmarkResult(settings, MachineInfo.current(), loadAtStart, stationCount, phases,
                    load.errors(), load.firstError(), integrity);
        } finally {
            deleteRecursively(dir);
        }
    }

    private List<QueueBenchmarkResult.Phase> measure(OfficeServer server, BenchStations stations) {
        int windows = settings.backlogs().size();
        progress.accept("Enrolling " + (settings.kiosks() + settings.operators() + settings.displays())
                + " stations (each: one-time code, key pair, certificate, its own TLS connection)");
        List<SimulatedDisplay> displays = new ArrayList<>();
        List<EventSubscription> subscriptions = new ArrayList<>();
        for (int d = 1; d <= settings.displays(); d++) {
            OfficeClient client = new OfficeClient(stations.join("bench-display-" + d, StationRole.DISPLAY));
            SimulatedDisplay display = new SimulatedDisplay(load);
            displays.add(display);
            subscriptions.add(client.subscribe(client.events().latestSeq(), display));
        }
        List<SimulatedKiosk> kiosks = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int k = 1; k <= settings.kiosks(); k++) {
            OfficeClient client = new OfficeClient(stations.join("bench-kiosk-" + k, StationRole.KIOSK));
            SimulatedKiosk kiosk = new SimulatedKiosk(client.queue(), load, settings.services(), k, windows);
            kiosks.add(kiosk);
            threads.add(Thread.ofPlatform().name(KIOSK_THREAD + k).unstarted(kiosk));
        }
        List<SimulatedDesk> desks = new ArrayList<>();
        for (int n = 1; n <= settings.operators(); n++) {
            ManagedChannel channel = stations.join("bench-desk-" + n, StationRole.DESK);
            OperatorSession session = new RemoteAuth(channel).login(BenchmarkOffice.login(n),
                    BenchmarkOffice.PASSWORD.toCharArray());
            OfficeClient client = new OfficeClient(channel, () -> session);
            client.queue().openCounter(session, n);
            SimulatedDesk desk = new SimulatedDesk(client.queue(), session, n, load, windows);
            desks.add(desk);
            threads.add(Thread.ofPlatform().name(DESK_THREAD + n).unstarted(desk));
        }

        List<PhaseWindow> measured = new ArrayList<>();
        load.desksHeld = true;
        load.backlog = settings.backlogs().getFirst();
        threads.forEach(Thread::start);
        try {
            for (int i = 0; i < windows; i++) {
                measured.add(phase(i, server.localDataSource()));
            }
        } finally {
            load.stop = true;
            threads.forEach(BenchLoad::join);
        }
        BenchLoad.sleep(DISPLAY_GRACE);
        subscriptions.forEach(EventSubscription::close);

        List<QueueBenchmarkResult.Phase> phases = new ArrayList<>();
        for (int i = 0; i < windows; i++) {
            phases.add(result(i, measured.get(i), kiosks, desks, displays));
        }
        return phases;
    }

    /** Fills the line to the phase's backlog, warms up, then measures one window. */
    private PhaseWindow phase(int index, DataSource database) {
        int backlog = settings.backlogs().get(index);
        progress.accept("Backlog " + backlog + ": filling the line (desks hold off)");
        load.desksHeld = true;
        load.backlog = backlog;
        long fillDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (load.waiting.get() < backlog && System.nanoTime() < fillDeadline) {
            BenchLoad.sleep(BenchLoad.PAUSE);
        }
        load.desksHeld = false;
        progress.accept("Backlog " + backlog + ": warming up for " + settings.warmup().toSeconds() + " s ("
                + settings.kiosks() + " kiosks, " + settings.operators() + " desks, " + settings.displays()
                + " displays)");
        BenchLoad.sleep(settings.warmup());
        Duration settled = settleCompiler(backlog);
        if (settings.profile()) {
            execute(database, "SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            execute(database, "SET QUERY_STATISTICS TRUE");
        }
        progress.accept("Backlog " + backlog + ": measuring for " + settings.measure().toSeconds() + " s");
        WaitingLine line = new WaitingLine();
        CpuSnapshot cpuBefore = CpuSnapshot.take();
        MachineLoad machineBefore = MachineLoad.now();
        load.window = index;
        long start = System.nanoTime();
        long end = start + settings.measure().toNanos();
        while (System.nanoTime() < end) {
            line.sample(load.waiting.get());
            BenchLoad.sleep(WAITING_SAMPLE);
        }
        load.window = BenchLoad.NOT_RECORDING;
        Duration window = Duration.ofNanos(System.nanoTime() - start);
        CpuSnapshot cpuAfter = CpuSnapshot.take();
        MachineLoad machineAfter = MachineLoad.now();
        List<QueueBenchmarkResult.StatementCost> statements = List.of();
        if (settings.profile()) {
            statements = statementCosts(database);
            execute(database, "SET QUERY_STATISTICS FALSE");
        }
        return new PhaseWindow(window, line, cpuAfter.since(cpuBefore), machineAfter.othersCpuSecondsSince(machineBefore),
                statements, settled);
    }

    /**
     * Goes on warming up while the JIT still compiles: with fifty stations and the server in one process
     * on two cores it compiles for minutes, and a window opened earlier measured the compiler threads
     * (a fifth of the CPU after 60 s) rather than the office. Stops once the compilers used under 2 % of
     * the wall time over five seconds, or after the settings' longest settling time.
     */
    private Duration settleCompiler(int backlog) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported() || settings.maxCompilerSettle().isZero()) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        long deadline = start + settings.maxCompilerSettle().toNanos();
        long compiledMs = jit.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            BenchLoad.sleep(COMPILER_LOOK);
            long now = jit.getTotalCompilationTime();
            if ((now - compiledMs) < COMPILER_LOOK.toMillis() * 2 / 100) {
                break;
            }
            compiledMs = now;
        }
        Duration settled = Duration.ofNanos(System.nanoTime() - start);
        progress.accept("Backlog " + backlog + ": the JIT settled after " + settled.toSeconds() + " s more");
        return settled;
    }

    /** What was taken while the window was open; the workstations' samples are read after they stop. */
    private record PhaseWindow(Duration window, WaitingLine line, List<QueueBenchmarkResult.CpuShare> cpu,
                               double othersCpuSeconds, List<QueueBenchmarkResult.StatementCost> statements,
                               Duration compilerSettled) {
    }

    private QueueBenchmarkResult.Phase result(int index, PhaseWindow w, List<SimulatedKiosk> kiosks,
                                              List<SimulatedDesk> desks, List<SimulatedDisplay> displays) {
        LatencySamples taps = LatencySamples.merge(kiosks.stream().map(k -> k.taps[index]).toList());
        LatencySamples call = LatencySamples.merge(desks.stream().map(d -> d.callLatency[index]).toList());
        LatencySamples finish = LatencySamples.merge(desks.stream().map(d -> d.finishLatency[index]).toList());
        long empty = desks.stream().mapToLong(d -> d.emptyCalls[index]).sum();
        LatencySamples toDisplay = new LatencySamples();
        LatencySamples answerToDisplay = new LatencySamples();
        long notSeen = 0;
        for (SimulatedDesk desk : desks) {
            for (Map.Entry<UUID, SimulatedDesk.Call> c : desk.calls.entrySet()) {
                if (c.getValue().window() != index) {
                    continue;
                }
                for (SimulatedDisplay display : displays) {
                    Long seen = display.saw.get(c.getKey());
                    if (seen == null) {
                        notSeen++;
                    } else {
                        toDisplay.add(Math.max(0, seen - c.getValue().pressed()));
                        answerToDisplay.add(Math.max(0, seen - c.getValue().answered()));
                    }
                }
            }
        }
        return new QueueBenchmarkResult.Phase(settings.backlogs().get(index), w.window(), taps.count(), finish.count(),
                empty, taps.summary(), toDisplay.summary(), answerToDisplay.summary(), notSeen, call.summary(),
                finish.summary(), w.line().min(), w.line().mean(), w.line().max(), w.othersCpuSeconds(), w.cpu(),
                w.statements(), w.compilerSettled());
    }

    /** The line's length as the workstations count it, sampled through a window. */
    private static final class WaitingLine {
        private long min = Long.MAX_VALUE;
        private long max;
        private long sum;
        private long samples;

        void sample(long waiting) {
            min = Math.min(min, waiting);
            max = Math.max(max, waiting);
            sum += waiting;
            samples++;
        }

        long min() {
            return samples == 0 ? 0 : min;
        }

        long max() {
            return max;
        }

        double mean() {
            return samples == 0 ? 0 : sum / (double) samples;
        }
    }

    // ------------------------------------------------------------------ database checks

    private static QueueBenchmarkResult.Integrity integrity(DataSource db) {
        long tickets = single(db, "SELECT COUNT(*) FROM ticket");
        // Gapless and unique per service and day: n tickets carry exactly the numbers 1..n.
        long holes = single(db, "SELECT ABS(MAX(number) - COUNT(*)) + (COUNT(*) - COUNT(DISTINCT number))"
                + " + ABS(MIN(number) - 1) FROM ticket GROUP BY issued_service_id, service_day");
        long calledTwice = single(db, "SELECT COUNT(*) FROM (SELECT ticket_id FROM office_event"
                + " WHERE type = 'TICKET_CALLED' GROUP BY ticket_id HAVING COUNT(*) > 1) twice");
        long waiting = single(db, "SELECT COUNT(*) FROM ticket WHERE status = 'WAITING'");
        long gaps = single(db, "SELECT COALESCE(MAX(id) - MIN(id) + 1 - COUNT(*), 0) FROM office_event");
        return new QueueBenchmarkResult.Integrity(tickets, holes, calledTwice, waiting, gaps);
    }

    private static List<QueueBenchmarkResult.StatementCost> statementCosts(DataSource db) {
        List<QueueBenchmarkResult.StatementCost> costs = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME,"
                     + " AVERAGE_EXECUTION_TIME FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            while (r.next()) {
                costs.add(new QueueBenchmarkResult.StatementCost(r.getString(1), r.getLong(2), r.getDouble(3),
                        r.getDouble(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read H2 query statistics: " + e.getMessage(), e);
        }
        costs.sort(Comparator.comparingDouble(QueueBenchmarkResult.StatementCost::totalMillis).reversed());
        return costs;
    }

    /** The first column of the result, summed over its rows (0 when there are none). */
    private static long single(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            long total = 0;
            while (r.next()) {
                total += r.getLong(1);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void execute(DataSource db, String sql) {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ plumbing

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("sportello-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless; the figures are what matter.
        }
    }
}
