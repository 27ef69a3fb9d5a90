package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sportello.devices.board.AlphaBoardConfig;
import org.sportello.devices.board.AlphaSignBoard;
import org.sportello.devices.board.AlphaSignBus;
import org.sportello.devices.board.BoardResult;
import org.sportello.devices.transport.TransportSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "board-send", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Show a text on an LED board speaking the Alpha Sign protocol (Write TEXT file A, hold mode) "
                + "and print the exact frame sent.",
            "Alpha signs usually run at 9600 baud 7E1: --transport serial:/dev/ttyUSB1@9600,7E1 (add ,rs485 "
                    + "for a multi-drop line). The sign does not answer, so check it with your eyes."},
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE, DeviceExitCodes.DEVICE})
final class DevicesBoardSendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--transport", required = true, paramLabel = "T", converter = TransportSpecConverter.class,
            description = "The board's line, e.g. serial:/dev/ttyUSB1@9600,7E1,rs485.")
    TransportSpec transport;

    @Option(names = "--address", required = true, paramLabel = "A",
            description = "The sign's address, 0-255 as set on the sign (0 reaches every sign on the line).")
    int address;

    @Option(names = "--text", required = true, paramLabel = "TEXT",
            description = "What to show; accents are dropped (è to e), since signs show plain ASCII.")
    String text;

    @Override
    public Integer call() {
        if (address < 0 || address > 0xFF) {
            throw new CliFailure(ExitCode.USAGE, "--address must be 0-255 (the sign's address), got " + address);
        }
        PrintWriter out = spec.commandLine().getOut();
        BoardResult result;
        byte[] frame;
        try (AlphaSignBus bus = new AlphaSignBus(DeviceLinks.open(transport))) {
            AlphaSignBoard board = bus.board(AlphaBoardConfig.counter("test", address));
            frame = board.packetForText(text);
            result = board.showText(text);
            if (result.sent()) {
                DeviceLinks.letTheWireDrain(transport, frame.length);
            }
        }
        out.println("Board:   alpha address " + String.format("%02X", address) + " (hex) on " + transport.text());
        out.println("Frame:   " + frame.length + " bytes: " + DeviceLinks.hex(frame));
        out.flush();
        if (!result.sent()) {
            throw new CliFailure(ExitCode.DEVICE, "the frame was not sent: " + result.detail());
        }
        out.println("Sent; the board should now show: " + text);
        return ExitCode.OK.code();
    }
}
