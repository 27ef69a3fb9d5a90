package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.DocumentSamples;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.codicefiscale.CodiceFiscaleCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Render a sample document to a PDF file (marked as a sample, signed with a throw-away key, "
                + "nothing registered).")
final class DocumentsRenderCommand implements Callable<Integer> {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "Document kind, e.g. employment-status-certificate (see \"documents kinds\").")
    String kind;

    @Option(names = "--sample", negatable = false, description = "Render a sample with made-up data.")
    boolean sample;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--lang", defaultValue = "IT", paramLabel = "LANG", description = "it or en (default: it).")
    Language language;

    @Option(names = "--cf", paramLabel = "CODE",
            description = "Codice fiscale of the sample person (checked; default: a made-up valid one).")
    String codiceFiscale;

    @Override
    public Integer call() {
        DocumentKind documentKind = DocumentKindOption.parse(kind);
        if (!sample) {
            throw new CliFailure(ExitCode.USAGE, "only --sample can be rendered here: real documents are issued "
                    + "at the counter, where they get a protocol number");
        }
        LocalDate today = LocalDate.now(ROME);
        DocumentSamples samples = new DocumentSamples(today, ROME);
        CodiceFiscale code = codiceFiscale == null ? samples.samplePersonCode() : checked(codiceFiscale, today);
        DocumentSamples.Specimen specimen = samples.specimen(documentKind, language.locale(), code, Instant.now());
        AtomicFile.write(out, specimen.pdf());
        PrintWriter o = spec.commandLine().getOut();
        o.println("Sample " + documentKind.slug() + " (" + language.code() + ") written to " + out);
        o.println("Protocol " + specimen.sheet().number() + ", SHA-256 " + specimen.sheet().hash().hex());
        o.println("QR: " + specimen.seal().encode());
        return ExitCode.OK.code();
    }

    private static CodiceFiscale checked(String text, LocalDate today) {
        return switch (CodiceFiscale.check(text, today)) {
            case CodiceFiscaleCheck.Valid v -> v.codiceFiscale();
            case CodiceFiscaleCheck.Invalid i -> throw new CliFailure(ExitCode.USAGE,
                    "--cf " + text.strip() + " is not a valid codice fiscale: " + i.detail() + "; nothing written");
        };
    }
}
