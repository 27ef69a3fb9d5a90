package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "operators", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The office's operators: add them, set their passwords, lift a lock-out, list them, "
                + "and their log-in badges.",
        subcommands = {OperatorsAddCommand.class, OperatorsPasswdCommand.class, OperatorsUnlockCommand.class,
            OperatorsListCommand.class, OperatorsBadgeCommand.class})
final class OperatorsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: add, passwd, unlock, list or badge");
    }
}
