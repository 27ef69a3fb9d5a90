package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.flywaydb.core.api.FlywayException;
import org.sportello.server.central.CentralLogin;
import org.sportello.server.central.CentralSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Create or upgrade the central schema (tables, row-level security, the sportello_office"
                + " group role). Safe to run again."})
final class CentralInitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CentralAdminOptions central;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CentralLogin admin = central.login(SportelloCommand.environment(spec));
        int applied;
        try {
            applied = CentralSchema.migrate(admin);
        } catch (FlywayException | IllegalStateException e) {
            throw CentralAccess.failure(e);
        }
        out.println("Central database: " + admin.url());
        out.println(applied == 0 ? "Schema: already up to date."
                : "Schema: " + applied + (applied == 1 ? " migration" : " migrations") + " applied.");
        out.println("Next: \"sportello central add-office CODE --url ...\" for each office.");
        return ExitCode.OK.code();
    }
}
