package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "central", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Set up the central office's PostgreSQL: schema, and one role per office.",
            "Run as a PostgreSQL administrator (a role with CREATEROLE that owns the schema)."},
        subcommands = {CentralInitCommand.class, CentralAddOfficeCommand.class, CentralTransferDossierCommand.class})
final class CentralCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: init, add-office or transfer-dossier");
    }
}
