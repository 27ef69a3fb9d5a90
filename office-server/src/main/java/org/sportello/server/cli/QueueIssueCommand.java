package org.sportello.server.cli;

import org.sportello.model.common.UuidV7;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.IssuedTicket;
import org.sportello.model.queue.PriorityClass;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "issue", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Issue a ticket as the kiosk does; prints the code, the people ahead and the estimated wait.")
final class QueueIssueCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    StationClient.Options station;

    @Option(names = "--service", required = true, paramLabel = "PREFIX", description = "Service prefix, e.g. A.")
    String service;

    @Option(names = "--priority", defaultValue = "STANDARD", paramLabel = "CLASS",
            description = "One of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    PriorityClass priority;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Ticket language, and the language service names are printed in: it or en "
                    + "(default: this machine's language if English, else it).")
    Language language;

    @Option(names = "--key", paramLabel = "KEY",
            description = "Idempotency key (1-64 characters): the same key again returns the same ticket. "
                    + "Default: a new one.")
    String key;

    @Override
    public Integer call() {
        String tapKey = key == null ? UuidV7.next().toString() : key;
        if (tapKey.isBlank() || tapKey.length() > 64) {
            throw new CliFailure(ExitCode.USAGE, "--key must have 1 to 64 characters");
        }
        PrintWriter out = spec.commandLine().getOut();
        language = Language.orDefault(language);
        IssueRequest request = new IssueRequest(service.strip(), priority, language.code(), tapKey);
        CliEnvironment env = SportelloCommand.environment(spec);
        if (station.remote(env)) {
            try (StationClient client = station.open(env)) {
                print(out, client.call(() -> client.queue().issue(request)));
            }
        } else {
            try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
                print(out, office.queue().issue(request));
            }
        }
        return ExitCode.OK.code();
    }

    private void print(PrintWriter out, IssuedTicket issued) {
        out.println("Ticket " + issued.ticket().code() + " - " + issued.service().name(language.locale())
                + (issued.ticket().priority().isPriority() ? " (priority: " + issued.ticket().priority() + ")" : ""));
        out.println("People ahead: " + issued.peopleAhead());
        out.println("Estimated wait: " + issued.estimatedWaitMinutes() + " min");
        if (issued.repeated()) {
            out.println("(already issued for this key; no new ticket)");
        }
    }
}
