package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.StationsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stations", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure the kiosk's and the hall display's memory over a busy office day (ADR 44): a fresh",
            "office server on 127.0.0.1 with a temporary database; the real kiosk as its own process, tapped for",
            "--taps tickets; then the real hall display as its own process, following the office while --calls",
            "tickets are called and finished at --counters desks. Each starts with its launcher's JVM options.",
            "Writes the \"Stations\" section of the --out file. Needs the kiosk module built and a display or",
            "xvfb-run. Never touches a real office database."})
final class BenchStationsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--taps", defaultValue = "1500", description = "Tickets tapped at the kiosk (default: ${DEFAULT-VALUE}; 0: not run).")
    int taps;

    @Option(names = "--tap-pause-ms", defaultValue = "100", paramLabel = "MS",
            description = "Pause between one citizen's ticket and the next (default: ${DEFAULT-VALUE}).")
    long tapPause;

    @Option(names = "--calls", defaultValue = "1500", description = "Tickets called and finished while the display follows (default: ${DEFAULT-VALUE}; 0: not run).")
    int calls;

    @Option(names = "--call-pause-ms", defaultValue = "100", paramLabel = "MS",
            description = "Pause between two calls, across the counters (default: ${DEFAULT-VALUE}).")
    long callPause;

    @Option(names = "--counters", defaultValue = "4", description = "Counters calling (default: ${DEFAULT-VALUE}).")
    int counters;

    @Option(names = "--kiosk-java-options", paramLabel = "OPTIONS", description = {
        "JVM options for the kiosk's process, space-separated (default: the heap, collector and compiler options",
        "its launcher has; \"\" for the JVM's own defaults)."})
    String kioskJavaOptions;

    @Option(names = "--display-java-options", paramLabel = "OPTIONS",
            description = "The same for the display's process (default: its launcher's).")
    String displayJavaOptions;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (taps < 0 || calls < 0 || taps + calls == 0 || counters < 1 || counters > 20 || tapPause < 0 || callPause < 0) {
            throw new CliFailure(ExitCode.USAGE, "need 0 or more taps and calls (not both 0), 1 to 20 counters and pauses of 0 or more");
        }
        PrintWriter console = spec.commandLine().getOut();
        StationsBenchmark.Result r = new StationsBenchmark(new StationsBenchmark.Settings(taps, tapPause, calls, callPause,
                counters, options(kioskJavaOptions, "kiosk"), options(displayJavaOptions, "display")), line -> {
                    console.println(line);
                    console.flush();
                }).run();
        String section = StationsBenchmark.section(r);
        BenchmarkReport.writeSection(out, "## Stations", section);
        console.println();
        console.println(section);
        console.println("Written to " + out.toAbsolutePath());
        return ExitCode.OK.code();
    }

    private static List<String> options(String given, String app) {
        return given == null ? StationsBenchmark.launcherOptions(app)
                : Arrays.stream(given.strip().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }
}
