package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.bench.BenchmarkReport;
import org.sportello.server.bench.DocumentsBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "documents", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Time issuing certificates (compose, seal, PDF, protocol entry, archive) and batch intake of",
            "scanned pages on a fresh, temporary office server. Writes the \"Documents\" section of the --out file.",
            "Never touches a real office database."})
final class BenchDocumentsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--warmup", defaultValue = "30", description = "Certificates issued first, not counted "
            + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--certificates", defaultValue = "200",
            description = "Certificates measured (default: ${DEFAULT-VALUE}).")
    int certificates;

    @Option(names = "--pages", defaultValue = "40", description = "Scanned pages taken in (default: ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--note", paramLabel = "TEXT", description = "A remark for the report, e.g. what else was running.")
    String note;

    @Option(names = "--out", defaultValue = "docs/benchmarks.md", paramLabel = "FILE",
            description = "Markdown file to update (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (warmup < 0 || certificates < 1 || pages < 1) {
            throw new CliFailure(ExitCode.USAGE, "need a warm-up of 0 or more, at least 1 certificate and 1 page");
        }
        PrintWriter console = spec.commandLine().getOut();
        DocumentsBenchmark.Result result = DocumentsBenchmark.run(
                new DocumentsBenchmark.Settings(warmup, certificates, pages), line -> {
                    console.println(line);
                    console.flush();
                });
        String section = BenchmarkReport.documentsSection(result, note);
        BenchmarkReport.writeSection(out, BenchmarkReport.DOCUMENTS_HEADING, section);
        console.println();
        console.println(section.strip());
        console.println();
        console.println("Written to " + out.toAbsolutePath());
        return ExitCode.OK.code();
    }
}
