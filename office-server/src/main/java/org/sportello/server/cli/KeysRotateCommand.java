package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.seal.OfficeKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "rotate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make a new Ed25519 sealing key the active one. The old key is retired: its public half stays,",
            "so papers it sealed still verify as genuine; its private half is erased. Prints the new public key",
            "in the export form other offices import."})
final class KeysRotateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(SportelloCommand.environment(spec)))) {
            String before = office.keys().signer().publicKey().keyId();
            OfficeKey next = office.keys().rotate();
            out.println("Office " + office.directory().office().code() + ": key " + next.keyId()
                    + " now seals new papers; key " + before + " is retired and only verifies.");
            out.println(next.export());
        }
        return ExitCode.OK.code();
    }
}
