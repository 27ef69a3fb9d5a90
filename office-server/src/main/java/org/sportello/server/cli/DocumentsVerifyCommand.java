package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.model.intake.IntakeLimits;
import org.sportello.model.intake.UntrustedScan;
import org.sportello.model.documents.ScannedCode;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.seal.Verdict;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a document's QR code against the office's keys and register: genuine, altered, "
                + "annulled, unknown, or issued by another office. Exit 0 only for a paper that can be trusted.")
final class DocumentsVerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--payload", paramLabel = "TEXT", description = "The QR code's text, as a scanner typed it.")
        String payload;

        @Option(names = "--file", paramLabel = "SCAN",
                description = "A scanned page or PDF (PNG, JPEG, PDF): its QR code is read and checked.")
        Path file;
    }

    @Option(names = "--lang", defaultValue = "EN", paramLabel = "LANG", description = "it or en (default: en).")
    Language language;

    @Override
    public Integer call() {
        String text = source.payload != null ? source.payload : qrFrom(source.file, language);
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            Verdict verdict = office.seals().verify(text);
            out.println(verdict.explain(language.locale(), office.directory().office().zone()));
            verdict.entry().ifPresent(e -> out.println("Register: " + e.number() + " " + e.kind() + " "
                    + e.subjectCode() + " status " + e.status()));
            return verdict.outcome().isTrustworthy() ? ExitCode.OK.code() : ExitCode.REFUSED.code();
        }
    }

    /** A paper handed in is untrusted: read within the scan intake's limits (size, pixels, pages, no links). */
    private static String qrFrom(Path file, Language language) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCode.USAGE, "--file " + file + ": no such file");
        }
        List<ScannedCode> codes;
        try {
            UntrustedScan.Reading reading = UntrustedScan.codes(file, IntakeLimits.DEFAULTS);
            if (reading.refused().isPresent()) {
                throw new CliFailure(ExitCode.REFUSED, reading.explainRefusal(language.locale()));
            }
            codes = reading.codes();
        } catch (IOException e) {
            throw new CliFailure(ExitCode.REFUSED, "cannot read " + file + ": " + e.getMessage());
        }
        return codes.stream().filter(c -> c.symbology() == ScannedCode.Symbology.QR_CODE).findFirst()
                .map(ScannedCode::text)
                .orElseThrow(() -> new CliFailure(ExitCode.REFUSED, "no QR code could be read on " + file
                        + (codes.isEmpty() ? "" : " (found only: " + codes.getFirst().text() + ")")
                        + "; rescan at 200-300 dpi or type the payload with --payload"));
    }
}
