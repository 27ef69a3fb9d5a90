package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.documents.Duplicate;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.protocol.ProtocolNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reprint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Reprint an issued document from the archive: the same paper, same protocol number and seal,",
            "marked \"DUPLICATO / DUPLICATE\" with the date and the operator. The reprint is recorded."})
final class DocumentsReprintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    OperatorLogin operator;

    @Option(names = "--number", required = true, paramLabel = "PROTOCOL", description = "e.g. BO01-2026-000123")
    String number;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the duplicate.")
    Path out;

    @Override
    public Integer call() {
        ProtocolNumber protocol = ProtocolNumber.parse(number).orElseThrow(() -> new CliFailure(ExitCode.USAGE,
                "--number " + number + " is not a protocol number (OFFICE-YEAR-NUMBER, e.g. BO01-2026-000123)"));
        CliEnvironment env = SportelloCommand.environment(spec);
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            OperatorSession session = operator.login(office, env);
            Duplicate duplicate = office.documents().reprint(session, protocol);
            AtomicFile.write(out, duplicate.pdf());
            PrintWriter o = spec.commandLine().getOut();
            o.println("Duplicate of " + protocol + " (" + duplicate.original().entry().title() + ") written to " + out);
            o.println("Reprint recorded; SHA-256 of the copy " + duplicate.reprint().copySha256().hex());
            return ExitCode.OK.code();
        }
    }
}
