package org.sportello.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "devices", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Test the devices of a workstation, one at a time, on the transport you name.",
            "Transports: serial:/dev/ttyUSB0@9600[,7E1][,rtscts|,xonxoff][,rs485], usb:04b8:0e28, "
                    + "tcp:HOST[:9100], file:/dev/usb/lp0, capture:FILE (keeps the bytes), sim."},
        subcommands = {DevicesListCommand.class, DevicesPrintTestCommand.class, DevicesStatusCommand.class,
            DevicesBoardSendCommand.class, DevicesAnnounceCommand.class, DevicesReadCardCommand.class,
            DevicesReadScanCommand.class},
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE, DeviceExitCodes.DEVICE})
final class DevicesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "choose: list, print-test, status, board-send, announce, read-card or read-scan");
    }
}
