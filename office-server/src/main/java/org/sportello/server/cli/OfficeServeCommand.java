package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.OfficeServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Host the office database for the workstations over TCP until Ctrl-C.",
            "The first line printed is the database URL to give the workstations (their --db).",
            "",
            "Security: by default other machines may connect. Anyone who reaches the port and knows the "
                + "database password can read and change the whole office database, so keep the port inside "
                + "the office network (firewall it to the workstations' subnet). --no-remote accepts this "
                + "machine only."})
final class OfficeServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the office database (default: ~/.sportello/data).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9092",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--no-remote", negatable = false,
            description = "Accept connections from this machine only.")
    boolean localOnly;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Host name to put in the printed URL (default: this machine's name).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = dataDir != null ? dataDir : SportelloCommand.environment(spec).defaultDataDir();
        OfficeServer server = OfficeServer.start(new OfficeServer.Options(dir, port, !localOnly, host));
        server.stopOnShutdown(() -> {
            out.println("Office server stopped; the database in " + server.dataDir() + " is closed cleanly.");
            out.flush();
        });
        out.println(server.clientUrl());
        out.println("Serving " + server.dataDir() + " on port " + server.port()
                + (server.allowsRemote() ? "; other machines may connect (keep the port inside the office network)."
                        : "; only this machine may connect."));
        if (server.migrationsApplied() > 0) {
            out.println("Schema: " + server.migrationsApplied() + " migration(s) applied. Load the office with "
                    + "\"sportello office init --db " + server.localClientUrl() + "\" if it is new.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.awaitStop();
        return ExitCode.OK.code();
    }
}
