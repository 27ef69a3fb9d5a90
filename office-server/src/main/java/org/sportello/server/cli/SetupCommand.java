package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "setup", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Make this machine an office server, a locked kiosk, hall display or self-service terminal, "
                + "or an operator's PC "
                + "(after installing the Sportello package; run as root).",
            "--root DIR writes the files into DIR instead and only lists the commands that would run."},
        subcommands = {SetupOfficeCommand.class, SetupKioskCommand.class, SetupDisplayCommand.class,
            SetupSelfServiceCommand.class, SetupDeskCommand.class})
final class SetupCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "choose: office, kiosk, display, self-service or desk");
    }
}
