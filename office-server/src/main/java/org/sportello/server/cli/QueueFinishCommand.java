package org.sportello.server.cli;

import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorSession;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "finish", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Finish the ticket a counter is serving, so it can call the next one.")
final class QueueFinishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    OperatorLogin operator;

    @Mixin
    StationClient.Options station;

    @Option(names = "--counter", required = true, paramLabel = "N", description = "Counter number.")
    int counter;

    @Option(names = "--outcome", defaultValue = "RESOLVED", paramLabel = "OUTCOME",
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Outcome outcome;

    @Override
    public Integer call() {
        CliEnvironment env = SportelloCommand.environment(spec);
        Ticket done;
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                OperatorSession session = client.call(() -> operator.login(client.auth(), env));
                try {
                    done = client.call(() -> client.queue().finish(session, counter, outcome));
                } finally {
                    client.logout(session);
                }
            }
        } else {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                OperatorSession session = operator.login(office, env);
                done = office.queue().finish(session, counter, outcome);
            }
        }
        spec.commandLine().getOut().println("Counter " + counter + " finished " + done.code() + " ("
                + done.outcome() + ")");
        return ExitCode.OK.code();
    }
}
