package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "queue", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Issue, call and list tickets, as a kiosk or a counter would.",
        subcommands = {QueueIssueCommand.class, QueueCallCommand.class, QueueFinishCommand.class,
            QueueListCommand.class, QueueCheckinCommand.class})
final class QueueCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: issue, call, finish, list or checkin");
    }
}
