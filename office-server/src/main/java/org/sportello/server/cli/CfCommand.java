package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "cf", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Codice fiscale tools.", subcommands = {CfCheckCommand.class})
final class CfCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: check");
    }
}
