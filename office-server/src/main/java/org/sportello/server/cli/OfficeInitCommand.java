package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.model.persistence.JooqOfficeSetupWriter;
import org.sportello.model.persistence.OfficeDatabase;
import org.sportello.model.setup.OfficeSetup;
import org.sportello.model.setup.OfficeSetupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Create or upgrade the office schema, then load services, counters and operators.",
            "Without --setup, loads the demo office (operators mrossi, lbianchi, gverdi, admin; password \"demo\").",
            "Safe to run again: existing operators keep their passwords."})
final class OfficeInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--setup", paramLabel = "FILE",
            description = "Office set-up (properties file, same keys as the demo office).")
    Path setupFile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        OfficeSetup setup = readSetup();
        String url = database.resolve(SportelloCommand.environment(spec));
        try (OfficeDatabase db = OfficeAccess.database(url)) {
            int migrations = db.migrate();
            new JooqOfficeSetupWriter(db, new PasswordHasher()).apply(setup);
            out.println("Office database: " + url);
            out.println(migrations == 0 ? "Schema: already up to date."
                    : "Schema: " + migrations + (migrations == 1 ? " migration" : " migrations") + " applied.");
            out.println("Office " + setup.code() + " \"" + setup.name() + "\" loaded from "
                    + (setupFile == null ? "the demo sample data" : setupFile.toString()) + ":");
            out.println("  services:  " + setup.services().stream().map(OfficeSetup.ServiceSetup::prefix)
                    .collect(Collectors.joining(", ")));
            out.println("  counters:  " + setup.counters().stream().map(c -> Integer.toString(c.number()))
                    .collect(Collectors.joining(", ")));
            out.println("  operators: " + setup.operators().stream().map(o -> o.login() + " (" + o.role() + ")")
                    .collect(Collectors.joining(", ")));
            out.println("Operators that already existed keep their passwords.");
        }
        return ExitCode.OK.code();
    }

    private OfficeSetup readSetup() {
        if (setupFile == null) {
            return OfficeSetupFile.demo();
        }
        if (!Files.isRegularFile(setupFile)) {
            throw new CliFailure(ExitCode.USAGE, "set-up file not found: " + setupFile);
        }
        return OfficeSetupFile.read(setupFile);
    }
}
