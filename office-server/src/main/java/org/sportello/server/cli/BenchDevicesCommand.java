package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.DeviceBenchmark;
import org.sportello.server.bench.DeviceBenchmarkReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "devices", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Time the devices' software path: ESC/POS encoding of a full ticket (logo, QR), its time on",
            "a serial wire at 9600 and 115200 baud (computed, and measured through a pair of pseudo-terminals the",
            "command makes itself), and keyboard-wedge scan-to-handler latency through the burst detector.",
            "Writes the \"Devices\" section of the --out file, keeping its other sections. Needs no hardware."})
final class BenchDevicesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--encode-runs", defaultValue = "2000", description = "Measured encodings (default: ${DEFAULT-VALUE}).")
    int encodeRuns;

    @Option(names = "--wire-runs", defaultValue = "20", description = "Tickets sent through the pty per baud rate "
            + "(default: ${DEFAULT-VALUE}).")
    int wireRuns;

    @Option(names = "--scans", defaultValue = "200", description = "Wedge scans typed (default: ${DEFAULT-VALUE}).")
    int scans;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (encodeRuns < 1 || wireRuns < 1 || scans < 1) {
            throw new CliFailure(ExitCode.USAGE, "--encode-runs, --wire-runs and --scans must be at least 1");
        }
        PrintWriter console = spec.commandLine().getOut();
        String load = loadAverage();
        DeviceBenchmark.Settings settings = new DeviceBenchmark.Settings(Math.max(200, encodeRuns / 4), encodeRuns,
                wireRuns, scans);
        DeviceBenchmark.Result result = DeviceBenchmark.run(settings, line -> {
            console.println(line);
            console.flush();
        });
        String section = DeviceBenchmarkReport.section(result, settings, load);
        BenchmarkReport.writeSection(out, DeviceBenchmarkReport.DEVICES_HEADING, section);
        console.println();
        console.println(section.strip());
        console.println();
        console.println("Written to " + out.toAbsolutePath());
        return ExitCode.OK.code();
    }

    /** The 1-minute load average: other builds on the machine show up here and in the figures. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
