package org.sportello.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterStatus;
import org.sportello.devices.printer.escpos.RealTimeStatusRequest;
import org.sportello.devices.printer.escpos.StatusFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Ask an ESC/POS printer for its real-time status (DLE EOT 1-4) and explain every condition "
                + "it reports.",
            "Exit 0 when the printer answered and can print (near-end paper included); 5 when it did not answer, "
                    + "answered garbage (wrong baud rate?) or cannot print."},
        exitCodeListHeading = DeviceExitCodes.HEADING,
        exitCodeList = {DeviceExitCodes.OK, DeviceExitCodes.FAILURE, DeviceExitCodes.USAGE, DeviceExitCodes.DEVICE})
final class DevicesStatusCommand implements Callable<Integer> {
    private static final List<String> GROUPS = List.of("printer", "offline cause", "error cause", "roll paper");

    @Spec
    CommandSpec spec;

    @Mixin
    PrinterOptions printer;

    @Option(names = "--lang", defaultValue = "IT", paramLabel = "LANG",
            description = "Language of the explanations: it or en (default: it).")
    Language language;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Locale locale = language.locale();
        PrinterStatus status;
        try (EscPosTicketPrinter escpos = printer.open()) {
            status = escpos.detailedStatus();
        }
        DeviceStatus overall = status.toDeviceStatus();
        out.println("Printer: " + printer.describe());
        out.println("Reply:   " + status.reply());
        if (status.reply() == PrinterStatus.Reply.ANSWERED) {
            for (RealTimeStatusRequest request : RealTimeStatusRequest.values()) {
                List<StatusFlag> set = request.flags().stream().filter(status::has).toList();
                String label = String.format("DLE EOT %d (%s):", request.n(), GROUPS.get(request.ordinal()));
                if (set.isEmpty()) {
                    out.printf("%-28s nothing to report%n", label);
                }
                for (StatusFlag flag : set) {
                    // One sentence per flag, from the driver's Italian/English status bundle.
                    out.printf("%-28s %s: %s%n", label, flag, PrinterStatus.answered(Set.of(flag)).explain(locale));
                }
            }
        }
        out.println("Status:  " + overall + " - " + status.explain(locale));
        out.flush();
        if (status.reply() != PrinterStatus.Reply.ANSWERED || !overall.canPrint()) {
            throw new CliFailure(ExitCode.DEVICE, "the printer " + switch (status.reply()) {
                case NO_ANSWER -> "did not answer the status request";
                case GARBLED -> "answered with unreadable bytes (check the baud rate)";
                case ANSWERED -> "cannot print: " + overall;
            });
        }
        return ExitCode.OK.code();
    }
}
