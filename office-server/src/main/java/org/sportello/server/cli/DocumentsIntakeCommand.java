package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.model.archive.ReadFrom;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.intake.IntakeLimits;
import org.sportello.model.intake.IntakeReport;
import org.sportello.model.intake.PageResult;
import org.sportello.model.intake.RefusedFile;
import org.sportello.model.intake.ScanIntake;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.seal.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "intake", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"File a folder of scanned pages (PDF, PNG, JPEG, TIFF; 200-300 dpi) under their protocol entries:",
            "each page's QR seal (or, failing that, its Code 128 number) is read and checked, and the page is attached",
            "to its entry in the archive. The folder is left as it is; running it again files nothing twice.",
            "Files over the limits below are refused unopened, and links out of the folder are never followed.",
            "Exit 0 when every page was filed, 3 when some page could not be read or must not be filed (listed)."})
final class DocumentsIntakeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    OperatorLogin operator;

    @Option(names = "--folder", required = true, paramLabel = "DIR", description = "Folder the scanner wrote to.")
    Path folder;

    @Option(names = "--max-file-mb", defaultValue = "20", paramLabel = "MB",
            description = "Refuse, unopened, a file larger than this (default: ${DEFAULT-VALUE} MB).")
    int maxFileMegabytes;

    @Option(names = "--max-megapixels", defaultValue = "40", paramLabel = "MP",
            description = "Refuse an image (or a PDF page) of more pixels than this, judged from its header before "
                    + "it is decoded (default: ${DEFAULT-VALUE} megapixels; an A4 page at 300 dpi is 8.7).")
    int maxMegapixels;

    @Option(names = "--max-pages", defaultValue = "50", paramLabel = "N",
            description = "Refuse a PDF of more pages than this (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--lang", defaultValue = "EN", paramLabel = "LANG",
            description = "Language of the verdicts: it or en (default: en).")
    Language language;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(ExitCode.USAGE, "--folder " + folder + ": no such folder");
        }
        if (maxFileMegabytes < 1 || maxMegapixels < 1 || maxPages < 1) {
            throw new CliFailure(ExitCode.USAGE, "--max-file-mb, --max-megapixels and --max-pages must be at least 1");
        }
        IntakeLimits limits = IntakeLimits.of(maxFileMegabytes, maxMegapixels, maxPages);
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = SportelloCommand.environment(spec);
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            OperatorSession session = operator.login(office, env);
            ZoneId zone = office.directory().office().zone();
            IntakeReport report = new ScanIntake(office.archive(), office.scans(), limits)
                    .intake(session, folder);
            print(out, report, language.locale(), zone);
            return report.allFiled() && !report.pages().isEmpty() ? ExitCode.OK.code() : ExitCode.REFUSED.code();
        }
    }

    private void print(PrintWriter out, IntakeReport report, Locale locale, ZoneId zone) {
        double seconds = report.elapsed().toMillis() / 1000.0;
        out.printf(Locale.ROOT, "Intake of %s: %d pages read in %.1f s%n", folder.toAbsolutePath(),
                report.pages().size(), seconds);
        for (PageResult p : report.pages()) {
            if (p.filed()) {
                out.println("  " + (p.status() == PageResult.Status.ATTACHED ? "filed         " : "already filed ")
                        + where(p) + " -> " + p.number().orElseThrow() + note(p));
            }
        }
        if (!report.problems().isEmpty()) {
            out.println("Not filed (" + report.problems().size() + "), to look at by hand:");
            for (PageResult p : report.problems()) {
                out.println("  " + where(p) + ": " + problem(p, locale, zone));
            }
        }
        if (!report.refusedFiles().isEmpty()) {
            out.println("Refused, not opened (" + report.refusedFiles().size() + "):");
            for (RefusedFile r : report.refusedFiles()) {
                out.println("  " + r.explain(locale));
            }
        }
        out.println("Summary: " + report.count(PageResult.Status.ATTACHED) + " filed, "
                + report.count(PageResult.Status.ALREADY_ATTACHED) + " already filed, "
                + report.count(PageResult.Status.UNREADABLE) + " unreadable, "
                + report.count(PageResult.Status.NOT_FILED) + " not filed, "
                + report.count(PageResult.Status.FILE_ERROR) + " damaged files"
                + (report.refusedFiles().isEmpty() ? "" : ", " + report.refusedFiles().size() + " refused unopened")
                + (report.skippedFiles().isEmpty() ? "" : "; skipped (not scans): "
                        + String.join(", ", report.skippedFiles())) + ".");
        if (report.pages().isEmpty() && report.refusedFiles().isEmpty()) {
            out.println("No scans in this folder (PDF, PNG, JPEG, TIFF, GIF or BMP).");
        }
    }

    private static String where(PageResult p) {
        return p.file() + " p." + p.page();
    }

    private static String note(PageResult p) {
        Outcome outcome = p.verdict().map(v -> v.outcome()).orElse(null);
        if (outcome == Outcome.ANNULLED) {
            return " (the entry is ANNULLED: the paper is void)";
        }
        if (p.readFrom().orElse(null) == ReadFrom.CODE_128) {
            return " (bar code only: the seal could not be read, so the paper is not proved genuine)";
        }
        return "";
    }

    private static String problem(PageResult p, Locale locale, ZoneId zone) {
        return switch (p.status()) {
            case UNREADABLE -> (p.detail().isBlank() ? "no code could be read"
                    : "no Sportello code (found \"" + p.detail() + "\")")
                    + "; rescan it at 200-300 dpi, straight and clean, or file it by hand";
            case FILE_ERROR -> "the file cannot be opened (" + p.detail() + "); scan it again";
            case NOT_FILED -> p.verdict().map(v -> v.explain(locale, zone)).orElse("not filed");
            case ATTACHED, ALREADY_ATTACHED -> "filed";
        };
    }
}
