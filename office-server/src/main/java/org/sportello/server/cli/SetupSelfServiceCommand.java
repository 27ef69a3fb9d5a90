package org.sportello.server.cli;

import java.util.concurrent.Callable;
import org.sportello.server.install.ApplianceRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "self-service", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make this PC a self-service terminal (job offers and courses) that boots straight into "
                + "Sportello: a dedicated account logged in at boot, the app full screen in the cage kiosk compositor "
                + "(no desktop, no task bar, no key reaches anything else), restarted when it ends, a screen that "
                + "never blanks.",
            "A technician unlocks it with Ctrl+Alt+Shift+U and the unlock password set here.",
            "Needs the Debian packages cage and xwayland."})
final class SetupSelfServiceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SetupApplianceOptions options;

    @Override
    public Integer call() {
        return options.run(ApplianceRole.SELF_SERVICE, SportelloCommand.environment(spec), spec.commandLine().getOut());
    }
}
