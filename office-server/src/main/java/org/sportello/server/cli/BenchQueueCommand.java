package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.QueueBenchmark;
import org.sportello.server.bench.QueueBenchmarkResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queue", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Load-test the office queue on a fresh, temporary office database (embedded; not yet over the protocol):",
            "kiosks issue, operators call and finish, a hall display follows the log.",
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

    @Option(names = "--services", defaultValue = "3", description = "Queue services (default: ${DEFAULT-VALUE}).")
    int services;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured time (default: ${DEFAULT-VALUE}).")
    int seconds;

    // An office server runs all day: measure it after the JIT has compiled the queue's code. With a
    // few seconds of warm-up the compiler threads took a sixth of the CPU inside the measured window.
    @Option(names = "--warmup", defaultValue = "20",
            description = "Seconds of load before measuring, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--poll-ms", defaultValue = "25",
            description = "Hall display poll interval in ms (default: ${DEFAULT-VALUE}).")
    int pollMillis;

    // A hall with a hundred people waiting is an office at its busiest; kiosks tapping past that only
    // grow the line, and the run then measures a queue that gets longer, not a steady state.
    @Option(names = "--backlog", defaultValue = "100",
            description = "Kiosks hold off while this many tickets wait; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int backlog;

    @Option(names = "--no-profile", negatable = false,
            description = "Leave H2's per-statement statistics off (they cost a little).")
    boolean noProfile;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (kiosks < 1 || operators < 1 || services < 1 || services > 26 || seconds < 1 || warmup < 0
                || pollMillis < 1 || backlog < 0) {
            throw new CliFailure(ExitCode.USAGE, "need at least 1 kiosk, 1 operator, 1 to 26 services, 1 second,"
                    + " a warm-up of 0 or more seconds and a poll interval of 1 ms or more, and a backlog of 0 or more");
        }
        PrintWriter console = spec.commandLine().getOut();
        QueueBenchmark.Settings settings = new QueueBenchmark.Settings(kiosks, operators, services,
                Duration.ofSeconds(warmup), Duration.ofSeconds(seconds), Duration.ofMillis(pollMillis), !noProfile, backlog);
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
