package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "keys", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The office's document-sealing keys, kept in the office database on the server only.",
            "Rotate with the office server stopped: the database is embedded in it."},
        subcommands = {KeysListCommand.class, KeysRotateCommand.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: list or rotate");
    }
}
