package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sportello.server.OfficeServer;
import org.sportello.server.OfficeApis;
import org.sportello.server.backup.BackupSchedule;
import org.sportello.server.backup.BackupTexts;
import org.sportello.server.backup.NightlyBackups;
import org.sportello.server.sync.CentralSyncConfig;
import org.sportello.server.sync.SyncLoop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Serve the office to its enrolled stations until Ctrl-C.",
            "The office database stays inside this process; workstations talk to it through the office "
                + "protocol (gRPC over TLS 1.3 with client certificates from the office's own CA).",
            "The first line printed is the address to give the workstations (their --office), the second the "
                + "enrolment port.",
            "",
            "Firewall: open the main port (default 9443) and the enrolment port (main + 1) to the workstations' "
                + "subnet. --loopback-only accepts this machine only."})
final class OfficeServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: $SPORTELLO_DATA or ~/.sportello/data).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + OfficeServer.DEFAULT_PORT,
            description = "The main port, for enrolled stations (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--enrolment-port", paramLabel = "N",
            description = "The enrolment port (default: the main port + 1; a free one with --port 0).")
    Integer enrolmentPort;

    @Option(names = {"--loopback-only", "--no-remote"}, negatable = false,
            description = "Listen on 127.0.0.1 only: this machine's stations only.")
    boolean loopbackOnly;

    @Option(names = "--no-sync", negatable = false,
            description = "Do not sync with central even when " + CentralSyncConfig.FILE_NAME
                    + " or $SPORTELLO_CENTRAL_URL names it.")
    boolean noSync;

    @Option(names = "--host", paramLabel = "NAME",
            description = "The host name workstations use, printed and written into the server certificate "
                    + "(default: this machine's name).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = SportelloCommand.environment(spec);
        Path dir = dataDir != null ? dataDir : env.dataDir();
        Optional<CentralSyncConfig> central;
        try {
            central = noSync ? Optional.empty() : CentralSyncConfig.find(dir, env::variable);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
        OfficeServer.Options options = OfficeServer.Options.in(dir).withPort(port).withLoopbackOnly(loopbackOnly)
                .withHost(host).withEnrolmentPort(enrolmentPort == null ? -1 : enrolmentPort);
        // Every office service on the main port; stations, operators and commands for the local administrator.
        OfficeServer server = OfficeServer.start(options, OfficeApis::on);
        server.stopOnShutdown(() -> {
            out.println("Office server stopped; the database in " + server.dataDir() + " is closed cleanly.");
            out.flush();
        });
        out.println(server.address());
        out.println("Enrolment port: " + server.enrolmentPort() + " (stations join with \"sportello station join --office "
                + server.address() + " --code CODE\").");
        out.println("Serving " + server.dataDir() + (server.loopbackOnly() ? "; only this machine may connect."
                : "; enrolled stations on the network may connect (open ports " + server.port() + " and "
                        + server.enrolmentPort() + " to the workstations' subnet only)."));
        server.upgradeBackup().ifPresent(file -> out.println(BackupTexts.text("start.upgrade-backup", file)));
        if (server.migrationsApplied() > 0) {
            out.println("Schema: " + server.migrationsApplied() + " migration(s) applied.");
        }
        startSync(server, central, out);
        startNightlyBackups(server, out);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.awaitStop();
        return ExitCode.OK.code();
    }

    /** The nightly backup into DATA/backups (ADR 25), stopped by the server before its database. */
    private static void startNightlyBackups(OfficeServer server, PrintWriter out) {
        BackupSchedule plan = BackupSchedule.of(server.localDataSource());
        out.println(BackupTexts.text("nightly.plan", plan.at(), plan.zone(),
                server.dataDir().resolve(NightlyBackups.FOLDER), plan.keep()));
        Object lock = out;
        NightlyBackups nightly = new NightlyBackups(server.localDataSource(), server.dataDir(),
                () -> BackupSchedule.of(server.localDataSource()), Clock.systemUTC(), line -> {
                    synchronized (lock) {
                        out.println(java.time.LocalTime.now().withNano(0) + " " + line);
                        out.flush();
                    }
                });
        server.attach(nightly.start());
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
        // Other offices' vacancies go into the catalogue the stations search, not a second copy of it.
        org.sportello.server.offers.OfficeOffers offers = server.companion(OfficeApis.class).map(OfficeApis::offers)
                .orElse(null);
        SyncLoop loop = SyncLoop.start(server.localDataSource(), c.login(), c.settings(), Clock.systemUTC(), offers,
                line -> {
                    synchronized (lock) {
                        out.println(java.time.LocalTime.now().withNano(0) + " " + line);
                        out.flush();
                    }
                });
        server.attach(loop);
    }
}
