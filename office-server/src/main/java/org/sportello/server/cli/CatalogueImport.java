package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sportello.server.offers.ImportReport;
import org.sportello.server.offers.LineProblem;
import org.sportello.server.offers.OfferTexts;
import picocli.CommandLine.Model.CommandSpec;

/** What the three catalogue imports share: read the file (UTF-8), report the skipped lines, say the exit. */
final class CatalogueImport {
    @FunctionalInterface
    interface Parser<T> {
        ImportReport<T> read(Reader in, OfferTexts texts) throws IOException;
    }

    private CatalogueImport() {
    }

    static OfferTexts texts() {
        return OfferTexts.in(Locale.getDefault());
    }

    static <T> ImportReport<T> read(CommandSpec spec, Path file, Parser<T> parser) {
        OfferTexts t = texts();
        try (Reader in = file.toString().equals("-")
                ? new java.io.InputStreamReader(SportelloCommand.environment(spec).stdin(),
                        StandardCharsets.UTF_8.newDecoder())
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ImportReport<T> report = parser.read(in, t);
            PrintWriter err = spec.commandLine().getErr();
            for (LineProblem p : report.problems()) {
                err.println(t.text("import.skipped", p.line(), p.reason()));
            }
            err.flush();
            return report;
        } catch (CharacterCodingException e) {
            throw new CliFailure(ExitCode.USAGE, t.text("import.cannot-read", file, "not UTF-8 text"));
        } catch (IOException e) {
            throw new CliFailure(ExitCode.USAGE, t.text("import.cannot-read", file, String.valueOf(e.getMessage())));
        }
    }

    /** 0 when every line was imported, 3 when some were skipped (the good ones are in). */
    static int exit(ImportReport<?> report) {
        return report.problems().isEmpty() ? ExitCode.OK.code() : ExitCode.REFUSED.code();
    }
}
