package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.OffersBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "offers", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Benchmark the job-offer search (issue 12): a fresh office server on 127.0.0.1 with a temporary",
            "database of generated offers, one enrolled self-service terminal searching over the office protocol.",
            "Measures search and filter-tap latency, the full index rebuild, one citizen's match against every",
            "open offer, and the memory of the real terminal app searching as its own process. Writes the \"Offers\" section of the --out file. Never touches a real office database."})
final class BenchOffersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--offers", defaultValue = "100000", description = "Offers in the catalogue (default: ${DEFAULT-VALUE}).")
    int offers;

    @Option(names = "--searches", defaultValue = "500", description = "Measured searches (default: ${DEFAULT-VALUE}).")
    int searches;

    @Option(names = "--warmup", defaultValue = "300", description = "Searches before measuring (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--terminal-searches", defaultValue = "200", paramLabel = "N", description = {
        "Searches typed on the real self-service terminal, started as its own process, whose memory is read",
        "(default: ${DEFAULT-VALUE}; 0: not started). Needs the kiosk module built and a display or xvfb-run."})
    int terminalSearches;

    @Option(names = "--terminal-java-options", paramLabel = "OPTIONS", description = {
        "JVM options for the terminal's process, space-separated (default: the heap, collector and compiler",
        "options its launcher has;",
        "\"\" for the JVM's own defaults)."})
    String terminalJavaOptions;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (offers < 1 || offers > 1_000_000 || searches < 1 || warmup < 0 || terminalSearches < 0) {
            throw new CliFailure(ExitCode.USAGE, "need 1 to 1,000,000 offers, 1 search or more a warm-up of 0 or more and 0 or more terminal searches");
        }
        PrintWriter console = spec.commandLine().getOut();
        OffersBenchmark.Result r = new OffersBenchmark(new OffersBenchmark.Settings(offers, searches, warmup,
                new org.sportello.model.offers.ProfileFit(java.time.Clock.systemUTC()), terminalSearches,
                terminalJavaOptions == null ? OffersBenchmark.launcherOptions()
                        : java.util.Arrays.stream(terminalJavaOptions.strip().split("\\s+")).filter(o -> !o.isEmpty()).toList()),
                line -> {
                    console.println(line);
                    console.flush();
                }).run();
        String section = OffersBenchmark.section(r);
        BenchmarkReport.writeSection(out, "## Offers", section);
        console.println();
        console.println(section);
        console.println("Written to " + out.toAbsolutePath());
        return ExitCode.OK.code();
    }
}
