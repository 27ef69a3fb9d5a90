package org.sportello.server.cli;

import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.transport.TransportSpec;
import picocli.CommandLine.Option;

/** Where the ESC/POS printer is and which model it is; shared by {@code print-test} and {@code status}. */
final class PrinterOptions {
    @Option(names = "--transport", required = true, paramLabel = "T", converter = TransportSpecConverter.class,
            description = "Where the printer is, e.g. serial:/dev/ttyUSB0@9600, usb:04b8:0e28, tcp:HOST:9100, "
                    + "file:/dev/usb/lp0, capture:FILE.")
    TransportSpec transport;

    @Option(names = "--profile", paramLabel = "P", converter = PrinterProfileConverter.class,
            description = "Printer profile: tm-t20, tm-t88, generic-80, generic-58 (default: generic-80).")
    PrinterProfile profile;

    PrinterProfile profile() {
        return profile == null ? DeviceFactory.DEFAULT_PROFILE : profile;
    }

    /** The printer on an opened link; a port that cannot be opened ends the command with exit code 5. */
    EscPosTicketPrinter open() {
        return new EscPosTicketPrinter(DeviceLinks.open(transport), profile());
    }

    String describe() {
        return transport.text() + ", profile " + profile().id() + " (" + profile().description() + ")";
    }
}
