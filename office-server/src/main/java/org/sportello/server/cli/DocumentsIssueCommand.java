package org.sportello.server.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sportello.codicefiscale.CodiceFiscale;
import org.sportello.model.documents.DocumentDetails;
import org.sportello.model.documents.DocumentKind;
import org.sportello.model.documents.IssuedPaper;
import org.sportello.model.protocol.Subject;
import org.sportello.server.cases.CaseTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sportello documents issue}: a person's document issued exactly as the desk's F11 does it, through the
 * same {@code DocumentService}: composed from the office's records, registered, sealed and archived. A file
 * that lacks what the kind states is refused (exit 3) with what is missing.
 */
@Command(name = "issue", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Issue a person's document from the office's records, as the desk's F11 does: protocol number,",
            "seal, archive. Refused (exit 3) with the reason when the file lacks what the kind states."})
final class DocumentsIssueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    OperatorWork as;
    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "e.g. employment-status-certificate, status-history, service-pact (see \"documents kinds\").")
    String kind;
    @Option(names = "--cf", required = true, paramLabel = "CF", description = "The citizen's codice fiscale.")
    String taxCode;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path out;
    @Option(names = "--lang", defaultValue = "IT", paramLabel = "LANG", description = "it or en (default: it).")
    Language language;

    @Override
    public Integer call() {
        DocumentKind documentKind = DocumentKindOption.parse(kind);
        CodiceFiscale code = DossierCommand.code(taxCode);
        if (documentKind == DocumentKind.STAMPED_RECEIPT || documentKind == DocumentKind.DOCUMENTS_RECEIPT
                || documentKind == DocumentKind.APPOINTMENT_LETTER) {
            throw new CliFailure(ExitCode.USAGE, documentKind.slug() + " takes what the operator types at the desk;"
                    + " this command issues what the office's records state");
        }
        IssuedPaper paper = as.run(spec, (s, session) ->
                s.documents().issue(session, documentKind, new Subject.Person(code), DocumentDetails.NONE,
                        language.locale()));
        AtomicFile.write(out, paper.pdf());
        spec.commandLine().getOut().println(CaseTexts.in(Locale.getDefault()).text("issued", documentKind.slug(),
                code.canonical(), paper.entry().number().format(), out));
        return ExitCode.OK.code();
    }
}
