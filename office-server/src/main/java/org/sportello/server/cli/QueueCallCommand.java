package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.office.CounterState;
import org.sportello.model.office.OfficeDirectory;
import org.sportello.model.queue.QueueService;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.Ticket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "call", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Call the next ticket to a counter, opening the counter first if it is closed.",
            "Prints the ticket called, or \"nobody waiting\"."})
final class QueueCallCommand implements Callable<Integer> {
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

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the service names printed: it or en "
                    + "(default: this machine's language if English, else it).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        language = Language.orDefault(language);
        CliEnvironment env = SportelloCommand.environment(spec);
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                OperatorSession session = client.call(() -> operator.login(client.auth(), env));
                try {
                    client.run(() -> callNext(out, client.queue(), client.directory(), session));
                } finally {
                    client.logout(session);
                }
            }
        } else {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                callNext(out, office.queue(), office.directory(), operator.login(office, env));
            }
        }
        return ExitCode.OK.code();
    }

    private void callNext(PrintWriter out, QueueService queue, OfficeDirectory directory, OperatorSession session) {
        CounterInfo info = directory.counterByNumber(counter)
                .orElseThrow(() -> new SportelloException(Problem.UNKNOWN_COUNTER, counter));
        if (info.state() == CounterState.CLOSED) {
            queue.openCounter(session, counter);
            out.println("Counter " + counter + " opened for " + session.displayName() + ".");
        }
        Optional<Ticket> called = queue.callNext(session, counter);
        if (called.isEmpty()) {
            out.println("nobody waiting");
        } else {
            Ticket t = called.get();
            String service = directory.services().stream().filter(s -> s.id().equals(t.serviceId()))
                    .map(s -> s.name(language.locale())).findFirst().orElse("?");
            out.println("Counter " + counter + " calls " + t.code() + " (" + service + ")");
        }
    }
}
