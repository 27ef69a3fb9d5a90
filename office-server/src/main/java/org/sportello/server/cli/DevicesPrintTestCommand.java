package org.sportello.server.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "print-test", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a sample ticket of the demo office through the ESC/POS driver, as the kiosk would: "
                + "status before, ticket, status after.",
            "Exit 0 when the ticket went out (also when the printer cannot report its status, as on capture: "
                    + "and file:); 5 when the printer refused it (paper out, cover open, offline) or the link failed."},
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE, DeviceExitCodes.DEVICE})
final class DevicesPrintTestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    PrinterOptions printer;

    @Option(names = "--lang", defaultValue = "IT", paramLabel = "LANG",
            description = "Ticket and status language: it or en (default: it).")
    Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TicketPrintout ticket = SampleTicket.compose(language);
        out.println("Printer: " + printer.describe());
        out.println("Ticket:  " + ticket.code() + ", " + ticket.serviceName() + ", " + ticket.officeName());
        PrintResult result;
        try (EscPosTicketPrinter escpos = printer.open()) {
            result = escpos.print(ticket);
        }
        out.println("Result:  " + (result.printed() ? "printed" : "NOT printed"));
        out.println("Status:  " + result.status() + (result.detail().isEmpty() ? "" : " - " + result.detail()));
        out.flush();
        if (!result.printed()) {
            throw new CliFailure(ExitCode.DEVICE, "the printer did not print the ticket: " + result.detail());
        }
        return ExitCode.OK.code();
    }
}
