package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sportello.server.install.OfficeServiceSetup;
import org.sportello.server.install.SetupRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "office", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Run the office server as the system service sportello-office: account sportello, data in "
                + "/var/lib/sportello, logs in the journal, restarted after a crash and at every boot.",
            "The first time, --setup FILE makes the office database from your services, counters and operators."})
final class SetupOfficeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SetupTarget target;

    @Option(names = "--setup", paramLabel = "FILE",
            description = "The office set-up (services, counters, operators; the format of demo-office.properties), "
                    + "needed when there is no office database yet.")
    Path setupFile;

    @Option(names = "--host", paramLabel = "NAME",
            description = "The name the stations use for this server, written into its certificate (default: this "
                    + "machine's name).")
    String host;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var root = target.installRoot("office");
        try {
            new OfficeServiceSetup(root, target.commands(out), out).run(setupFile, host);
        } catch (SetupRefused e) {
            throw new CliFailure(ExitCode.REFUSED, e.getMessage());
        }
        return ExitCode.OK.code();
    }
}
