package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.QueueBenchmark;
import org.sportello.server.bench.QueueBenchmarkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queue", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Load-test the office queue over the office protocol: a fresh office server on 127.0.0.1 with a",
            "temporary database, every simulated kiosk, desk and hall display its own enrolled station (TLS on).",
            "Kiosks issue, operators log in and call and finish, the displays follow the event stream; the load",
            "is measured once per --backlog (tickets kept waiting).",
            "Writes the figures into the \"Queue\" section of the --out file, keeping its other sections.",
            "Never touches a real office database."})
final class BenchQueueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--kiosks", defaultValue = "20", description = "Simulated kiosks (default: ${DEFAULT-VALUE}).")
    int kiosks;

    @Option(names = "--operators", defaultValue = "30",
            description = "Simulated operators, one counter each (default: ${DEFAULT-VALUE}).")
    int operators;

    @Option(names = "--displays", defaultValue = "2",
            description = "Simulated hall displays, each following the event stream (default: ${DEFAULT-VALUE}).")
    int displays;

    @Option(names = "--services", defaultValue = "3", description = "Queue services (default: ${DEFAULT-VALUE}).")
    int services;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured time (default: ${DEFAULT-VALUE}).")
    int seconds;

    // An office server runs all day: measure it after the JIT has compiled the queue's code. With a
    // few seconds of warm-up the compiler threads took a sixth of the CPU inside the measured window.
    @Option(names = "--warmup", defaultValue = "20",
            description = "Seconds of load before measuring, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--settle", defaultValue = "240", paramLabel = "SECONDS",
            description = "At most this many seconds more of warm-up while the JIT still compiles "
                    + "(0: none; default: ${DEFAULT-VALUE}).")
    int settle;

    // Kiosks tapping past the backlog only grow the line, and the run would measure a queue that gets
    // longer, not a steady state. Ten waiting is a quiet morning; two thousand is far beyond any office's
    // day, to show that the line's length does not slow the queue down.
    @Option(names = "--backlog", split = ",", defaultValue = "10,2000", paramLabel = "N",
            description = "Kiosks hold off while N tickets wait; one measurement per value, in the order given "
                    + "(repeat or separate with commas; default: ${DEFAULT-VALUE}).")
    List<Integer> backlogs;

    @Option(names = "--no-profile", negatable = false,
            description = "Leave H2's per-statement statistics off (they cost a little).")
    boolean noProfile;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (kiosks < 1 || operators < 1 || displays < 1 || services < 1 || services > 26 || seconds < 1
                || warmup < 0 || settle < 0 || backlogs.isEmpty() || backlogs.stream().anyMatch(b -> b < 1)) {
            throw new CliFailure(ExitCode.USAGE, "need at least 1 kiosk, 1 operator and 1 display, 1 to 26 services,"
                    + " 1 second, a warm-up of 0 or more seconds, and backlogs of 1 or more");
        }
        PrintWriter console = spec.commandLine().getOut();
        QueueBenchmark.Settings settings = new QueueBenchmark.Settings(kiosks, operators, displays, services,
                Duration.ofSeconds(warmup), Duration.ofSeconds(settle), Duration.ofSeconds(seconds), !noProfile,
                backlogs);
        QueueBenchmarkResult result = QueueBenchmark.run(settings, line -> {
            console.println(line);
            console.flush();
        });
        String section = BenchmarkReport.queueSection(result);
        BenchmarkReport.writeSection(out, BenchmarkReport.QUEUE_HEADING, section);
        console.println();
        console.println(section.strip());
        console.println();
        console.println("Written to " + out.toAbsolutePath());
        return ExitCode.OK.code();
    }
}
