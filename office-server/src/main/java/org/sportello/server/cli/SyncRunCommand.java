package org.sportello.server.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.sportello.server.storage.OfficeConnection;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.sync.OfficeSync;
import org.sportello.server.sync.SyncException;
import org.sportello.server.sync.SyncProbe;
import org.sportello.server.sync.SyncReport;
import org.sportello.server.sync.SyncSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Push the office's changes and pull the catalogues until both are caught up.",
            "With --follow, keep going: retry with a growing wait while central is away, until stopped."})
final class SyncRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--central", paramLabel = "URL",
            description = "Central database, jdbc:postgresql://HOST/DB?sslmode=verify-full"
                    + " (default: $SPORTELLO_CENTRAL_URL).")
    String centralUrl;

    @Option(names = "--central-user", paramLabel = "ROLE",
            description = "This office's role on central, from \"central add-office\" (default: $SPORTELLO_CENTRAL_USER).")
    String centralUser;

    @Option(names = "--password-stdin", negatable = false,
            description = "Read the role's password from standard input (default: $SPORTELLO_CENTRAL_PASSWORD).")
    boolean passwordFromStdin;

    @Option(names = "--batch", paramLabel = "ROWS", defaultValue = "2000",
            description = "Office events per central transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--follow", negatable = false, description = "Keep syncing until stopped.")
    boolean follow;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batch < 1) {
            throw new CliFailure(ExitCode.USAGE, "--batch must be at least 1");
        }
        CliEnvironment env = SportelloCommand.environment(spec);
        CentralLogin central = CentralAccess.login(centralUrl, centralUser, passwordFromStdin, env, "--central");
        try (OfficeConnection office = OfficeAccess.connect(database.resolve(env))) {
            // Inside a running server the lent connection's catalogue is the server's own (ADR 37).
            OfficeSync sync = new OfficeSync(office.database().dataSource(), central, SyncSettings.DEFAULT.withBatchSize(batch),
                    Clock.systemUTC(), SyncProbe.NONE, office.offers());
            if (follow) {
                out.println("Syncing with " + central.url() + " until stopped (Ctrl+C).");
                out.flush();
                sync.follow(() -> !Thread.currentThread().isInterrupted(), (e, wait) -> {
                    err.println(spec.qualifiedName() + ": " + e.getMessage() + "; retrying in " + wait.toSeconds()
                            + " s");
                    err.flush();
                });
                return ExitCode.OK.code();
            }
            try {
                SyncReport report = sync.runOnce();
                out.println("Synced with " + central.url() + ": " + report.eventsPushed() + " office events pushed, "
                        + report.rowsPulled() + " rows pulled (catalogues, transfers, dossiers).");
            } catch (SyncException e) {
                throw new CliFailure(switch (e.problem()) {
                    case UNREACHABLE -> ExitCode.UNREACHABLE;
                    case REFUSED -> ExitCode.REFUSED;
                    case FAILED -> ExitCode.FAILURE;
                }, e.getMessage());
            }
        }
        return ExitCode.OK.code();
    }
}
