package org.sportello.server.bench;

import io.grpc.ManagedChannel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.common.UuidV7;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.client.OfficeClient;
import org.sportello.protocol.client.RemoteAuth;
import org.sportello.server.OfficeApis;
import org.sportello.server.OfficeServer;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeDatabase;

/**
 * {@code sportello bench stations} (ADR 44): the kiosk's and the hall display's memory over a busy office day,
 * each the real app as its own process with its launcher's JVM options, enrolled with a fresh office server on
 * 127.0.0.1. First the kiosk: its drive taps {@code taps} tickets across the services. Then the display: it
 * follows the office's event stream while this benchmark, at {@code counters} desks through the queue service,
 * calls and finishes {@code calls} tickets (those the kiosk issued, then its own). Never touches a real office.
 */
public final class StationsBenchmark {
    static final String KIOSK_DRIVE = "org.sportello.kiosk.KioskDayDrive";
    static final String DISPLAY_DRIVE = "org.sportello.kiosk.HallDayDrive";
    private static final int SERVICES = 6;
    private static final long MINUTES = 45;

    /**
     * @param taps           tickets tapped at the kiosk (0: the kiosk is not run)
     * @param tapPauseMillis a citizen's pause between one ticket and the next
     * @param calls          tickets called and finished while the display follows (0: not run)
     * @param callPauseMillis the pause between two calls, across the counters
     */
    public record Settings(int taps, long tapPauseMillis, int calls, long callPauseMillis, int counters,
                           List<String> kioskJavaOptions, List<String> displayJavaOptions) {
    }

    public record Result(Settings settings, MachineInfo machine, String loadAtStart, StationProcess.Report kiosk,
                         StationProcess.Report display) {
    }

    private final Settings settings;
    private final Consumer<String> progress;

    public StationsBenchmark(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** The heap, collector and compiler options a station's launcher gives it ({@code kiosk}, {@code display}). */
    public static List<String> launcherOptions(String app) {
        return StationProcess.launcherOptions(app);
    }

    public Result run() throws IOException {
        String loadAtStart = MachineLoad.now().loadAverage();
        String classpath = StationProcess.classpath().orElseThrow(() -> new IOException(
                "the station apps are not built beside this server: build them with ./mvnw -o -q -B -DskipTests"
                        + " -pl app-kiosk -am package"));
        Path dir = Files.createTempDirectory("sportello-bench-stations");
        try {
            Path data = Files.createDirectories(dir.resolve("data"));
            try (OfficeDatabase db = OfficeDatabase.open(OfficeServer.inProcessUrl(data))) {
                db.migrate();
                new JooqOfficeSetupWriter(db, new PasswordHasher(1000))
                        .apply(BenchmarkOffice.setup(settings.counters(), SERVICES));
            }
            StationProcess.Report kiosk = null;
            StationProcess.Report display = null;
            try (OfficeServer server = OfficeServer.start(OfficeServer.Options.loopback(data), OfficeApis::on);
                 BenchStations stations = new BenchStations(server, dir.resolve("stations"))) {
                progress.accept("Office server on " + server.localAddress());
                if (settings.taps() > 0) {
                    progress.accept("The kiosk as its own process (" + options(settings.kioskJavaOptions()) + "): "
                            + settings.taps() + " tickets tapped on it");
                    StationProcess p = StationProcess.start(server, StationRole.KIOSK, "bench-kiosk-app", classpath,
                            settings.kioskJavaOptions(), KIOSK_DRIVE, List.of("--taps", String.valueOf(settings.taps()),
                                    "--pause-ms", String.valueOf(settings.tapPauseMillis())), dir.resolve("kiosk"));
                    kiosk = p.awaitReport("taps", MINUTES);
                    progress.accept("Kiosk: " + kiosk.fields());
                }
                if (settings.calls() > 0) {
                    display = display(server, stations, classpath, dir.resolve("display"));
                    progress.accept("Display: " + display.fields());
                }
            }
            return new Result(settings, MachineInfo.current(), loadAtStart, kiosk, display);
        } finally {
            OffersBenchmark.deleteRecursively(dir);
        }
    }

    private StationProcess.Report display(OfficeServer server, BenchStations stations, String classpath, Path dir)
            throws IOException {
        progress.accept("The hall display as its own process (" + options(settings.displayJavaOptions()) + "): "
                + settings.calls() + " calls at " + settings.counters() + " counters while it follows");
        Path ready = dir.resolve("ready");
        StationProcess p = StationProcess.start(server, StationRole.DISPLAY, "bench-display-app", classpath,
                settings.displayJavaOptions(), DISPLAY_DRIVE, List.of("--calls", String.valueOf(settings.calls()),
                        "--ready", ready.toString()), dir);
        try {
            long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!Files.exists(ready)) {
                if (!p.isAlive() || System.nanoTime() > until) {
                    return p.awaitReport("calls", 1);
                }
                BenchLoad.sleep(Duration.ofMillis(100));
            }
            QueueService kiosk = new OfficeClient(stations.join("bench-kiosk-tickets", StationRole.KIOSK)).queue();
            List<Desk> desks = new ArrayList<>();
            for (int n = 1; n <= settings.counters(); n++) {
                ManagedChannel channel = stations.join("bench-desk-" + n, StationRole.DESK);
                OperatorSession session = new RemoteAuth(channel).login(BenchmarkOffice.login(n),
                        BenchmarkOffice.PASSWORD.toCharArray());
                QueueService queue = new OfficeClient(channel, () -> session).queue();
                queue.openCounter(session, n);
                desks.add(new Desk(queue, session, n));
            }
            int called = 0;
            for (int i = 0; called < settings.calls() && p.isAlive(); i++) {
                Desk d = desks.get(i % desks.size());
                if (d.serving) {
                    d.queue.finish(d.session, d.counter, Outcome.RESOLVED);
                    d.serving = false;
                }
                Optional<Ticket> next = d.queue.callNext(d.session, d.counter);
                if (next.isEmpty()) {
                    // The kiosk's tickets are all called: a citizen at another kiosk takes one.
                    kiosk.issue(new IssueRequest(BenchmarkOffice.prefix(i % SERVICES), PriorityClass.STANDARD, "it",
                            UuidV7.next().toString()));
                    next = d.queue.callNext(d.session, d.counter);
                }
                if (next.isPresent()) {
                    d.serving = true;
                    called++;
                }
                BenchLoad.sleep(Duration.ofMillis(settings.callPauseMillis()));
            }
            for (Desk d : desks) {
                if (d.serving) {
                    d.queue.finish(d.session, d.counter, Outcome.RESOLVED);
                }
            }
            progress.accept(called + " tickets called and finished");
            return p.awaitReport("calls", MINUTES);
        } finally {
            p.stop();
        }
    }

    /** An operator at a counter: calls, and finishes the citizen before calling the next. */
    private static final class Desk {
        final QueueService queue;
        final OperatorSession session;
        final int counter;
        boolean serving;

        Desk(QueueService queue, OperatorSession session, int counter) {
            this.queue = queue;
            this.session = session;
            this.counter = counter;
        }
    }

    private static String options(List<String> o) {
        return o.isEmpty() ? "the JVM's defaults" : String.join(" ", o);
    }

    /** The "## Stations" section of docs/benchmarks.md. */
    public static String section(Result r) {
        MachineInfo m = r.machine();
        Settings s = r.settings();
        StringBuilder md = new StringBuilder("## Stations\n\n");
        md.append("Command: `./sportello bench stations --taps ").append(s.taps()).append(" --calls ").append(s.calls())
                .append(" --counters ").append(s.counters()).append("`, run on ").append(m.date()).append(".\n\n");
        md.append("Machine: ").append(m.cores()).append(" cores (").append(m.cpuModel()).append("), ")
                .append(m.memory()).append(" RAM, ").append(m.jdk()).append(", ").append(m.os())
                .append(". Load average before the run: ").append(r.loadAtStart()).append(".\n\n");
        md.append("A fresh office server on 127.0.0.1 (TLS) with ").append(SERVICES).append(" services open and ")
                .append(s.counters()).append(" counters; each station the real app as its own process, enrolled as a")
                .append(" real one is, started with its launcher's JVM options, on a virtual screen where the")
                .append(" benchmark has none. Resident memory is the kernel's (VmRSS; the peak is VmHWM); the live")
                .append(" set is the heap's objects after a final full collection.\n\n");
        md.append("| station | JVM options | work | duration | resident at first screen | at most between steps |")
                .append(" at the end | peak (VmHWM) | live set: first screen, halfway, end | heap ceiling |\n|---|---|---|---|---|---|---|---|---|---|\n");
        StationProcess.Report k = r.kiosk();
        if (k != null) {
            row(md, "kiosk", s.kioskJavaOptions(), String.format(Locale.ROOT, "%d taps, %d tickets printed (%d with"
                            + " priority, %d in another language, %d display-mode switches); %d refreshes (every 10 s)",
                    k.get("taps"), k.get("tickets"), k.get("priority"), k.get("languages"), k.get("modes"),
                    k.get("refreshes")), k);
        }
        StationProcess.Report d = r.display();
        if (d != null) {
            row(md, "hall display", s.displayJavaOptions(), String.format(Locale.ROOT, "%d calls on the board of %d"
                            + " called and finished at %d counters; %d reads of the waiting counts (every 3 s)",
                    d.get("seen"), d.get("calls"), s.counters(), d.get("overview-reads")), d);
        }
        md.append("\n");
        if (k == null || d == null) {
            md.append("- ").append(k == null ? "The kiosk" : "The display").append(" was not run.\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String station, List<String> options, String work, StationProcess.Report r) {
        md.append("| ").append(station).append(" | ").append(options.isEmpty() ? "JVM defaults" : "`" + String.join(" ", options) + "`")
                .append(" | ").append(work).append(" | ").append(String.format(Locale.ROOT, "%.0f s", r.get("ms") / 1000.0))
                .append(" | ").append(r.mb("rss-first-kb")).append(" MB | ").append(r.mb("rss-max-kb")).append(" MB | ")
                .append(r.mb("rss-last-kb")).append(" MB | ").append(r.mb("rss-peak-kb")).append(" MB | ")
                .append(r.get("heap-live-first-mb")).append(", ").append(r.get("heap-live-half-mb")).append(", ")
                .append(r.get("heap-live-mb")).append(" MB | ").append(r.get("heap-max-mb")).append(" MB |\n");
    }
}
