package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.sportello.model.auth.PasswordHasher;
import org.sportello.server.install.ApplianceRole;
import org.sportello.server.install.ApplianceSetup;
import org.sportello.server.install.InstallTexts;
import org.sportello.server.install.Layout;
import org.sportello.server.install.SetupRefused;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code setup kiosk} and {@code setup display} share: the office, the code, the unlock password. */
final class SetupApplianceOptions {
    @Mixin
    SetupTarget target;

    @Option(names = "--office", required = true, paramLabel = "HOST:PORT",
            description = "The office server, as the first line of \"sportello office serve\" (e.g. office-server:9443).")
    String office;

    @Option(names = "--enrol", paramLabel = "CODE",
            description = "The one-time code from \"sportello station enrol NAME --role ROLE\" on the office server "
                    + "(not needed when this PC is enrolled already).")
    String code;

    @Option(names = "--unlock-password-stdin", negatable = false,
            description = "Read the technician's unlock password of this PC from standard input (else it is asked "
                    + "twice at the terminal; kept when it is set already and neither is given).")
    boolean unlockFromStdin;

    int run(ApplianceRole role, CliEnvironment env, PrintWriter out) {
        var root = target.installRoot(role.word());
        String hash = null;
        boolean ask = unlockFromStdin || !root.exists(Layout.UNLOCK);
        if (ask) {
            char[] password = PasswordInput.newPassword(env, unlockFromStdin, "--unlock-password-stdin",
                    InstallTexts.text("unlock.prompt"));
            try {
                hash = new PasswordHasher().hash(password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
        try {
            new ApplianceSetup(root, target.commands(out), out).run(role, office, code, hash);
        } catch (SetupRefused e) {
            throw new CliFailure(ExitCode.REFUSED, e.getMessage());
        }
        return ExitCode.OK.code();
    }
}
