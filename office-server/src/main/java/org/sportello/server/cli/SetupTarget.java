package org.sportello.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.sportello.server.install.InstallRoot;
import org.sportello.server.install.InstallTexts;
import org.sportello.server.install.RunningAs;
import org.sportello.server.install.SystemCommands;
import picocli.CommandLine.Option;

/**
 * {@code --root DIR}, shared by the set-ups: without it they act on this machine and need root; with it
 * they write into DIR and list the commands instead of running them.
 */
final class SetupTarget {
    @Option(names = "--root", paramLabel = "DIR",
            description = "Write the files into DIR instead of /, and only list the commands (useradd, systemctl, "
                    + "chown) that would run: to read what setup does, or to prepare an image.")
    Path root;

    InstallRoot installRoot(String what) {
        return installRoot(what, RunningAs.root());
    }

    InstallRoot installRoot(String what, boolean runningAsRoot) {
        if (root == null) {
            if (!runningAsRoot) {
                throw new CliFailure(ExitCode.USAGE, InstallTexts.text("root.needed", what));
            }
            return InstallRoot.SYSTEM;
        }
        return new InstallRoot(root.toAbsolutePath());
    }

    SystemCommands commands(PrintWriter out) {
        return root == null ? SystemCommands.real() : new SystemCommands.Listing(out);
    }
}
