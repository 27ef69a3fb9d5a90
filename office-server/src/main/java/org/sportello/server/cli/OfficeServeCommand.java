package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.util.Optional;
import org.sportello.server.OfficeServer;
import org.sportello.server.sync.CentralSyncConfig;
import org.sportello.server.sync.SyncLoop;
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

    @Option(names = "--no-sync", negatable = false,
            description = "Do not sync with central even when " + CentralSyncConfig.FILE_NAME
                    + " or $SPORTELLO_CENTRAL_URL names it.")
    boolean noSync;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Host name to put in the printed URL (default: this machine's name).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = SportelloCommand.environment(spec);
        Path dir = dataDir != null ? dataDir : env.defaultDataDir();
        Optional<CentralSyncConfig> central;
        try {
            central = noSync ? Optional.empty() : CentralSyncConfig.find(dir, env::variable);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
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
        startSync(server, central, out);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.awaitStop();
        return ExitCode.OK.code();
    }

    private void startSync(OfficeServer server, Optional<CentralSyncConfig> config, PrintWriter out) {
        if (config.isEmpty()) {
            out.println("Sync with central: off (" + (noSync ? "--no-sync" : "no " + CentralSyncConfig.FILE_NAME
                    + " in " + server.dataDir() + " and no $SPORTELLO_CENTRAL_URL") + ").");
            return;
        }
        CentralSyncConfig c = config.get();
        if (c.warning() != null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("Warning: " + c.warning());
            err.flush();
        }
        out.println("Sync with central: " + c.login().url() + (c.login().user() == null ? "" : " as " + c.login().user())
                + " every " + c.settings().pollEvery().toMillis() / 1000.0
                + " s (from " + c.source() + "); \"sportello sync status\" shows how it goes.");
        Object lock = out;
        SyncLoop loop = SyncLoop.start(server.localDataSource(), c.login(), c.settings(), Clock.systemUTC(), line -> {
            synchronized (lock) {
                out.println(java.time.LocalTime.now().withNano(0) + " " + line);
                out.flush();
            }
        });
        server.attach(loop);
    }
}
