package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "office", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Set up, serve, back up and restore the office database.",
        subcommands = {OfficeInitCommand.class, OfficeServeCommand.class, OfficeBackupCommand.class,
            OfficeRestoreCommand.class})
final class OfficeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: init, serve, backup or restore");
    }
}
