package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sportello.server.install.DeskSetup;
import org.sportello.server.install.InstallTexts;
import org.sportello.server.install.SetupRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "desk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Set the office for this PC's operator desks (the package put \"Sportello desk\" in the menu) "
                + "and, with --enrol, enrol the account that uses it."})
final class SetupDeskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SetupTarget target;

    @Option(names = "--office", required = true, paramLabel = "HOST:PORT",
            description = "The office server, as the first line of \"sportello office serve\".")
    String office;

    @Option(names = "--enrol", paramLabel = "CODE",
            description = "A one-time code from \"sportello station enrol NAME --role desk\": enrols --user's desk now.")
    String code;

    @Option(names = "--user", paramLabel = "LOGIN", description = "The account of this PC that uses the desk.")
    String user;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var root = target.installRoot("desk");
        String home = user == null ? null : home(root, user);
        try {
            new DeskSetup(root, target.commands(out), out).run(office, code, user, home);
        } catch (SetupRefused e) {
            throw new CliFailure(ExitCode.REFUSED, e.getMessage());
        }
        return ExitCode.OK.code();
    }

    /** The account's home, from the passwd file of the machine (or of --root's folder). */
    private static String home(org.sportello.server.install.InstallRoot root, String user) {
        try {
            for (String line : java.nio.file.Files.readAllLines(root.resolve("/etc/passwd"))) {
                List<String> f = List.of(line.split(":", -1));
                if (f.size() >= 6 && f.getFirst().equals(user)) {
                    return f.get(5);
                }
            }
        } catch (java.io.IOException e) {
            // Reported below as an unknown account.
        }
        throw new CliFailure(ExitCode.REFUSED, InstallTexts.text("desk.unknown-user", user));
    }
}
