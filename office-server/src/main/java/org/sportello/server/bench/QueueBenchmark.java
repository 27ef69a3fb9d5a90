package org.sportello.server.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.events.EventTail;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;

/**
 * The office queue under load: kiosks issue tickets as fast as they can, operators call and finish
 * them, a hall display follows the office log.
 *
 * <p>For now the simulated workstations call the office's served queue in this JVM directly, with the
 * database embedded (the H2 TCP path is gone, the office protocol is not wired in yet): it measures the
 * queue's turns and commits, not the network.
 */
public final class QueueBenchmark {
    static final String KIOSK_THREAD = "bench-kiosk-";
    static final String OPERATOR_THREAD = "bench-operator-";
    static final String DISPLAY_THREAD = "bench-display";
    /** One kiosk tap in twenty asks for priority, about what offices report. */
    private static final int PRIORITY_ONE_IN = 20;
    private static final Duration EMPTY_QUEUE_PAUSE = Duration.ofMillis(2);

    /**
     * @param displayPoll how often the hall display polls the office log
     * @param profile     switch on H2's per-statement statistics during the window (small overhead)
     * @param backlog     kiosks hold off while this many tickets wait (0: never), so that issuing and
     *                    calling run at the same pace and the run measures a steady state rather than
     *                    a line that grows for ever
     */
    public record Settings(int kiosks, int operators, int services, Duration warmup, Duration measure,
                           Duration displayPoll, boolean profile, int backlog) {
        public Settings {
            if (kiosks < 1 || operators < 1) {
                throw new IllegalArgumentException("at least one kiosk and one operator");
            }
            if (backlog < 0) {
                throw new IllegalArgumentException("the backlog cannot be negative");
            }
            if (measure.isNegative() || measure.isZero() || warmup.isNegative()) {
                throw new IllegalArgumentException("the measured time must be positive, the warm-up not negative");
            }
            if (displayPoll.toMillis() < 1) {
                throw new IllegalArgumentException("display poll interval must be at least 1 ms");
            }
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private volatile boolean recording;
    private volatile boolean workersStop;
    private volatile boolean displayStop;
    private final AtomicLong errors = new AtomicLong();
    private final AtomicReference<String> firstError = new AtomicReference<>();
    private final AtomicLong emptyCalls = new AtomicLong();
    /** Tickets issued and not yet called, as the simulated workstations counted them. */
    private final AtomicLong backlog = new AtomicLong();
    /** Ticket id → System.nanoTime() just before the callNext that called it (window only). */
    private final Map<UUID, Long> callStarted = new ConcurrentHashMap<>();
    /** Ticket id → System.nanoTime() when the display's poll returned its TICKET_CALLED event. */
    private final Map<UUID, Long> displaySaw = new ConcurrentHashMap<>();

    private QueueBenchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public static QueueBenchmarkResult run(Settings settings, Consumer<String> progress) {
        return new QueueBenchmark(settings, progress).run();
    }

    private QueueBenchmarkResult run() {
        Path dir = createTempDir();
        try (OfficeDatabase admin = OfficeDatabase.open(OfficeDatabase.fileUrl(dir))) {
            admin.migrate();
            new JooqOfficeSetupWriter(admin, new PasswordHasher(1000))
                    .apply(BenchmarkOffice.setup(settings.operators(), settings.services()));
            progress.accept("Office database embedded in this process (data in " + dir + "); workstations call"
                    + " the served queue directly, not yet over the office protocol");
            try (OfficeConnection office = OfficeConnection.open(OfficeDatabase.open(OfficeDatabase.fileUrl(dir)),
                    Clock.systemUTC())) {
                return measure(office, admin);
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    /**
     * Every simulated workstation calls the one served queue of {@code office} from its own thread, as
     * the office server's protocol threads will: the queue's turns are what is measured.
     */
    private QueueBenchmarkResult measure(OfficeConnection office, OfficeDatabase admin) {
        List<Worker> workers = new ArrayList<>();
        for (int k = 1; k <= settings.kiosks(); k++) {
            workers.add(new Worker(KIOSK_THREAD + k, new Kiosk(office.queue(), k)));
        }
        for (int n = 1; n <= settings.operators(); n++) {
            OperatorSession session = office.auth().login(BenchmarkOffice.login(n),
                    BenchmarkOffice.PASSWORD.toCharArray());
            office.queue().openCounter(session, n);
            workers.add(new Worker(OPERATOR_THREAD + n, new Operator(office.queue(), session, n)));
        }
        Display display = new Display(EventTail.fromNow(office.events()));
        Thread displayThread = Thread.ofPlatform().name(DISPLAY_THREAD).start(display);

        workers.forEach(Worker::start);
        progress.accept("Warming up for " + settings.warmup().toSeconds() + " s: " + settings.kiosks()
                + " kiosks, " + settings.operators() + " operators, 1 hall display");
        sleep(settings.warmup());
        if (settings.profile()) {
            execute(admin, "SET QUERY_STATISTICS_MAX_ENTRIES 1000");
            execute(admin, "SET QUERY_STATISTICS TRUE");
        }
        progress.accept("Measuring for " + settings.measure().toSeconds() + " s");
        CpuSnapshot cpuBefore = CpuSnapshot.take();
        recording = true;
        long windowStart = System.nanoTime();
        sleep(settings.measure());
        recording = false;
        Duration window = Duration.ofNanos(System.nanoTime() - windowStart);
        CpuSnapshot cpuAfter = CpuSnapshot.take();
        List<QueueBenchmarkResult.StatementCost> statements = settings.profile()
                ? statementCosts(admin) : List.of();
        if (settings.profile()) {
            execute(admin, "SET QUERY_STATISTICS FALSE");
        }
        workersStop = true;
        for (Worker w : workers) {
            w.join();
        }
        // Let the display catch the last calls before it stops; what it still misses is reported.
        sleep(settings.displayPoll().multipliedBy(4).plusMillis(500));
        displayStop = true;
        join(displayThread);
        progress.accept("Checking the database");
        return result(window, workers, display, cpuAfter.since(cpuBefore), statements, admin);
    }

    private QueueBenchmarkResult result(Duration window, List<Worker> workers, Display display,
                                        List<QueueBenchmarkResult.CpuShare> cpu,
                                        List<QueueBenchmarkResult.StatementCost> statements, OfficeDatabase admin) {
        List<LatencySamples> issue = new ArrayList<>();
        List<LatencySamples> call = new ArrayList<>();
        List<LatencySamples> finish = new ArrayList<>();
        long cycles = 0;
        for (Worker w : workers) {
            if (w.task instanceof Kiosk k) {
                issue.add(k.latency);
            } else if (w.task instanceof Operator o) {
                call.add(o.callLatency);
                finish.add(o.finishLatency);
                cycles += o.finishLatency.count();
            }
        }
        LatencySamples toDisplay = new LatencySamples();
        long missed = 0;
        for (Map.Entry<UUID, Long> e : callStarted.entrySet()) {
            Long seen = displaySaw.get(e.getKey());
            if (seen == null) {
                missed++;
            } else {
                toDisplay.add(Math.max(0, seen - e.getValue()));
            }
        }
        LatencySamples.Summary issueSummary = LatencySamples.merge(issue).summary();
        return new QueueBenchmarkResult(settings, MachineInfo.current(), window, issueSummary.count(), cycles,
                emptyCalls.get(), issueSummary, toDisplay.summary(), missed, LatencySamples.merge(call).summary(),
                LatencySamples.merge(finish).summary(), display.pollLatency.summary(), waiting(admin), errors.get(),
                firstError.get(), cpu, statements, integrity(admin));
    }

    // ------------------------------------------------------------------ simulated workstations

    /** A kiosk tapped as fast as the office answers: measures issue latency under the heaviest load. */
    private final class Kiosk implements Runnable {
        private final QueueService queue;
        private final SplittableRandom random;
        private final org.sportello.devices.transport.SimulatedTransport paper =
                new org.sportello.devices.transport.SimulatedTransport();
        private final org.sportello.devices.printer.escpos.EscPosTicketPrinter printer =
                new org.sportello.devices.printer.escpos.EscPosTicketPrinter(paper,
                        org.sportello.devices.printer.escpos.PrinterProfile.EPSON_TM_T20);
        final LatencySamples latency = new LatencySamples();

        Kiosk(QueueService queue, int number) {
            this.queue = queue;
            this.random = new SplittableRandom(number);
            // A printer that is ready: every DLE EOT n status request gets the all-clear byte (fixed
            // bits only), so the driver runs its whole path, status before and after, every time.
            paper.respondWith(sent -> sent.length == 3 && sent[0] == 0x10 && sent[1] == 0x04
                    ? new byte[] {0x12} : new byte[0]);
        }

        /** What the kiosk would print; the bytes go to the in-memory printer, as they would to a USB one. */
        private void print(org.sportello.model.queue.IssuedTicket issued) {
            var t = issued.ticket();
            var printout = new org.sportello.devices.printer.TicketPrintout("Centro per l'Impiego (benchmark)",
                    issued.service().nameIt(), t.code(),
                    t.issuedAt().atZone(java.time.ZoneId.of("Europe/Rome")),
                    "Persone in attesa prima di lei: " + issued.peopleAhead(),
                    "Attesa stimata: circa " + issued.estimatedWaitMinutes() + " minuti",
                    t.priority().isPriority() ? "Precedenza" : "", t.id().toString(),
                    "Il biglietto non contiene dati personali.", "it");
            var result = printer.print(printout);
            if (!result.printed()) {
                throw new IllegalStateException("benchmark printer refused the ticket: " + result.detail());
            }
            paper.clearWritten();
        }

        @Override
        public void run() {
            while (!workersStop) {
                if (settings.backlog() > 0 && backlog.get() >= settings.backlog()) {
                    // The hall is full: the next citizen is still in the doorway.
                    sleep(EMPTY_QUEUE_PAUSE);
                    continue;
                }
                String prefix = BenchmarkOffice.prefix(random.nextInt(settings.services()));
                PriorityClass priority = random.nextInt(PRIORITY_ONE_IN) == 0 ? PriorityClass.ELDERLY
                        : PriorityClass.STANDARD;
                IssueRequest tap = new IssueRequest(prefix, priority, "it", UUID.randomUUID().toString());
                boolean inWindow = recording;
                long start = System.nanoTime();
                try {
                    var issued = queue.issue(tap);
                    backlog.incrementAndGet();
                    print(issued);
                } catch (RuntimeException e) {
                    failed(e);
                    continue;
                }
                long end = System.nanoTime();
                if (inWindow && recording) {
                    latency.add(end - start);
                }
            }
        }
    }

    /** An operator who calls the next ticket the moment the previous one is finished. */
    private final class Operator implements Runnable {
        private final QueueService queue;
        private final OperatorSession session;
        private final int counter;
        final LatencySamples callLatency = new LatencySamples();
        final LatencySamples finishLatency = new LatencySamples();

        Operator(QueueService queue, OperatorSession session, int counter) {
            this.queue = queue;
            this.session = session;
            this.counter = counter;
        }

        @Override
        public void run() {
            while (!workersStop) {
                boolean inWindow = recording;
                long start = System.nanoTime();
                Optional<Ticket> called;
                try {
                    called = queue.callNext(session, counter);
                } catch (RuntimeException e) {
                    failed(e);
                    continue;
                }
                long calledAt = System.nanoTime();
                if (called.isEmpty()) {
                    emptyCalls.incrementAndGet();
                    sleep(EMPTY_QUEUE_PAUSE);
                    continue;
                }
                backlog.decrementAndGet();
                if (inWindow) {
                    callStarted.put(called.get().id(), start);
                }
                try {
                    queue.finish(session, counter, Outcome.RESOLVED);
                } catch (RuntimeException e) {
                    failed(e);
                    continue;
                }
                long finishedAt = System.nanoTime();
                if (inWindow && recording) {
                    callLatency.add(calledAt - start);
                    finishLatency.add(finishedAt - calledAt);
                }
            }
        }
    }

    /** The hall display: polls the office log and notes when each call becomes visible. */
    private final class Display implements Runnable {
        private final EventTail tail;
        final LatencySamples pollLatency = new LatencySamples();

        Display(EventTail tail) {
            this.tail = tail;
        }

        @Override
        public void run() {
            while (!displayStop) {
                long start = System.nanoTime();
                List<OfficeEvent> fresh;
                try {
                    fresh = tail.poll();
                } catch (RuntimeException e) {
                    failed(e);
                    sleep(settings.displayPoll());
                    continue;
                }
                long seen = System.nanoTime();
                for (OfficeEvent e : fresh) {
                    if (e.type() == EventType.TICKET_CALLED && e.ticketId() != null) {
                        displaySaw.putIfAbsent(e.ticketId(), seen);
                    }
                }
                if (recording) {
                    pollLatency.add(seen - start);
                }
                sleep(settings.displayPoll());
            }
        }
    }

    private static final class Worker {
        final Runnable task;
        private final Thread thread;

        Worker(String name, Runnable task) {
            this.task = task;
            this.thread = Thread.ofPlatform().name(name).unstarted(task);
        }

        void start() {
            thread.start();
        }

        void join() {
            QueueBenchmark.join(thread);
        }
    }

    private void failed(RuntimeException e) {
        errors.incrementAndGet();
        firstError.compareAndSet(null, e.toString());
    }

    // ------------------------------------------------------------------ database checks

    private static long waiting(OfficeDatabase admin) {
        return single(admin, "SELECT COUNT(*) FROM ticket WHERE status = 'WAITING'");
    }

    private static QueueBenchmarkResult.Integrity integrity(OfficeDatabase admin) {
        long tickets = single(admin, "SELECT COUNT(*) FROM ticket");
        // Gapless and unique per service and day: n tickets carry exactly the numbers 1..n.
        long holes = single(admin, "SELECT ABS(MAX(number) - COUNT(*)) + (COUNT(*) - COUNT(DISTINCT number))"
                + " + ABS(MIN(number) - 1) FROM ticket GROUP BY issued_service_id, service_day");
        long calledTwice = single(admin, "SELECT COUNT(*) FROM (SELECT ticket_id FROM office_event"
                + " WHERE type = 'TICKET_CALLED' GROUP BY ticket_id HAVING COUNT(*) > 1) twice");
        return new QueueBenchmarkResult.Integrity(tickets, holes, calledTwice);
    }

    private static List<QueueBenchmarkResult.StatementCost> statementCosts(OfficeDatabase admin) {
        List<QueueBenchmarkResult.StatementCost> costs = new ArrayList<>();
        try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement();
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
    private static long single(OfficeDatabase admin, String sql) {
        try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            long total = 0;
            while (r.next()) {
                total += r.getLong(1);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void execute(OfficeDatabase admin, String sql) {
        try (Connection c = admin.dataSource().getConnection(); Statement s = c.createStatement()) {
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

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        }
    }
}
