package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sportello}: the technician's command for the office database, the queue, the benchmarks and the devices. */
@Command(name = "sportello", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sportello office administration: set up and serve the office database, work the queue, "
                + "set up central and sync with it, render and verify documents, check codici fiscali, "
                + "run benchmarks, test the devices of a workstation, enrol operator badges.",
        subcommands = {OfficeCommand.class, QueueCommand.class, CentralCommand.class, SyncCommand.class,
            DossierCommand.class, DocumentsCommand.class, CfCommand.class, BenchCommand.class, DevicesCommand.class,
            OperatorsCommand.class, StationCommand.class, KeysCommand.class, PrivacyCommand.class, SetupCommand.class,
            CaseloadCommand.class, AgendaCommand.class, OffersCommand.class, CoursesCommand.class, PlacesCommand.class,
            VacanciesCommand.class, StampCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:unexpected failure (e.g. port in use)",
            "2:bad command line",
            "3:refused by the office or central (unknown service or counter, paused counter, wrong password, bad set-up,"
                + " schema version, invalid codice fiscale, a document that is not genuine or cannot be read)",
            "4:office database or central unreachable",
            "5:device test failed (port missing, busy or forbidden; device not answering or reporting a fault; "
                    + "no usable read)"})
public final class SportelloCommand implements Runnable {
    static {
        // Connection-pool and migration chatter goes to stderr at INFO; a command keeps stderr for its own
        // one-line messages. -Dorg.slf4j.simpleLogger.defaultLogLevel=info brings the chatter back.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
    }

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    public SportelloCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    CliEnvironment environment() {
        return environment;
    }

    /** The environment of the command being run, wherever it sits in the tree. */
    static CliEnvironment environment(CommandSpec spec) {
        return ((SportelloCommand) spec.root().userObject()).environment();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "choose a command: office, queue, central, sync, dossier, documents, cf, bench, devices, operators, station, keys, privacy or setup");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command line without exiting the JVM; returns the exit code (see {@link ExitCode}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CliEnvironment.system());
    }

    /**
     * Runs one command line: inside the office server when it runs on the data folder the command
     * needs (it holds the database, ADR 23), else here.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        var forwarded = ServerForwarding.tryForward(args, out, err, environment);
        return forwarded.isPresent() ? forwarded.get() : execute(args, out, err, environment);
    }

    /**
     * Runs a forwarded command inside the office server, on the server's own office: only commands that
     * need the office database, never one that would serve, sync or benchmark inside the server.
     */
    public static int runHosted(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment,
                                org.sportello.server.storage.OfficeConnection office) {
        // A station command would reach out from the server to an office as some station: never in there.
        if (!ServerForwarding.forwarded(args) || ServerForwarding.asStation(args, environment)) {
            err.println("sportello: this command does not run inside the office server: " + String.join(" ", args));
            return ExitCode.USAGE.code();
        }
        return OfficeAccess.hosting(office, () -> execute(args, out, err, environment));
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, CliEnvironment environment) {
        CommandLine cmd = new CommandLine(new SportelloCommand(environment))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new FailureHandler(environment.variable("SPORTELLO_DEBUG") != null))
                .setParameterExceptionHandler(new UsageErrorHandler());
        try {
            return cmd.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
