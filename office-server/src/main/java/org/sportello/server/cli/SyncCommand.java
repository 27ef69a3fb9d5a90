package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "sync", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sync this office with central: push its tickets and log, pull the shared catalogues.",
        subcommands = {SyncRunCommand.class, SyncStatusCommand.class, SyncReviewCommand.class})
final class SyncCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: run, status or review");
    }
}
