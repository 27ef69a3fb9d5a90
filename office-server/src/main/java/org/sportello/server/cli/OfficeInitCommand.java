package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sportello.model.auth.OperatorInput;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.auth.Role;
import org.sportello.model.common.SportelloException;
import org.sportello.server.storage.JooqOfficeSetupWriter;
import org.sportello.server.storage.OfficeDatabase;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Create or upgrade the office schema, then load services, counters and operators.",
            "With --setup, loads your office's file. Without it, loads the sample services and counters and one "
                + "operator, admin, whose password is asked (or read with --admin-password-stdin).",
            "--demo loads the demo office with its operators and their published password \"demo\": "
                + "for trying Sportello, never for a real office.",
            "Safe to run again: existing operators keep their passwords."})
final class OfficeInitCommand implements Callable<Integer> {
    static final String ADMIN_LOGIN = "admin";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @ArgGroup(exclusive = true)
    Source source;

    static final class Source {
        @Option(names = "--setup", paramLabel = "FILE",
                description = "Office set-up (properties file, same keys as the demo office).")
        Path setupFile;

        @Option(names = "--demo", negatable = false,
                description = "The demo office, operators mrossi, lbianchi, gverdi and admin with password \"demo\".")
        boolean demo;
    }

    @Option(names = "--admin-password-stdin", negatable = false,
            description = "Without --setup: read the administrator's password from the first line of standard input.")
    boolean adminPasswordFromStdin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CliEnvironment env = SportelloCommand.environment(spec);
        boolean sample = source == null;
        if (!sample && adminPasswordFromStdin) {
            throw new CliFailure(ExitCode.USAGE, "--admin-password-stdin is for an office without --setup or --demo: "
                    + "their operators come from the set-up file");
        }
        OfficeSetup setup = readSetup();
        String url = database.resolve(env);
        try (OfficeDatabase db = OfficeAccess.database(url)) {
            int migrations = db.migrate();
            JooqOfficeSetupWriter writer = new JooqOfficeSetupWriter(db, new PasswordHasher());
            char[] adminPassword = null;
            try {
                if (sample) {
                    // The administrator's password is only asked for when admin is new: a re-run keeps it.
                    if (!writer.hasOperator(setup.code(), ADMIN_LOGIN)) {
                        adminPassword = adminPassword(env);
                    }
                    setup = setup.withOperators(adminPassword == null ? List.of() : List.of(
                            new OfficeSetup.OperatorSetup(ADMIN_LOGIN, "Amministratore", Role.ADMIN,
                                    new String(adminPassword))));
                }
                writer.apply(setup);
            } finally {
                PasswordInput.wipe(adminPassword);
            }
            out.println("Office database: " + url);
            out.println(migrations == 0 ? "Schema: already up to date."
                    : "Schema: " + migrations + (migrations == 1 ? " migration" : " migrations") + " applied.");
            out.println("Office " + setup.code() + " \"" + setup.name() + "\" loaded from "
                    + (source == null ? "the sample services and counters"
                    : source.demo ? "the demo office" : source.setupFile.toString()) + ":");
            out.println("  services:  " + setup.services().stream().map(OfficeSetup.ServiceSetup::prefix)
                    .collect(Collectors.joining(", ")));
            out.println("  counters:  " + setup.counters().stream().map(c -> Integer.toString(c.number()))
                    .collect(Collectors.joining(", ")));
            out.println("  operators: " + (sample ? ADMIN_LOGIN + " (ADMIN)"
                    : setup.operators().stream().map(o -> o.login() + " (" + o.role() + ")")
                    .collect(Collectors.joining(", "))));
            out.println("Operators that already existed keep their passwords.");
            if (sample) {
                out.println("Add the other operators with \"sportello operators add LOGIN --name NAME --role ROLE\".");
            }
        }
        return ExitCode.OK.code();
    }

    private char[] adminPassword(CliEnvironment env) {
        char[] password = PasswordInput.newPassword(env, adminPasswordFromStdin, "--admin-password-stdin",
                "the administrator (" + ADMIN_LOGIN + ")");
        try {
            return OperatorInput.newPassword(password);
        } catch (SportelloException e) {
            PasswordInput.wipe(password);
            throw new CliFailure(ExitCode.USAGE, e.getMessage());
        }
    }

    private OfficeSetup readSetup() {
        if (source == null || source.demo) {
            return OfficeSetupFile.demo();
        }
        if (!Files.isRegularFile(source.setupFile)) {
            throw new CliFailure(ExitCode.USAGE, "set-up file not found: " + source.setupFile);
        }
        return OfficeSetupFile.read(source.setupFile);
    }
}
