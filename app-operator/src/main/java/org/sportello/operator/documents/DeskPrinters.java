package org.sportello.operator.documents;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.sportello.devices.config.DeviceFactory;
import org.sportello.devices.config.DevicesConfig;
import org.sportello.devices.printer.SimulatedTicketPrinter;
import org.sportello.devices.printer.TicketPrinter;

/**
 * The printers of a desk workstation: the A4 printer for certificates and the counter's ESC/POS
 * printer for short receipts ({@code printer.*} in devices.properties, the simulator when absent),
 * and the thread their blocking calls run on.
 */
public record DeskPrinters(A4Printer a4, TicketPrinter counter, Executor printing) {
    public DeskPrinters {
        Objects.requireNonNull(a4, "a4");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(printing, "printing");
    }

    /** Where the simulated A4 printer writes when devices.properties names no folder. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("user.home"), ".sportello", "printed");
    }

    /** From the workstation's devices.properties. */
    public static DeskPrinters of(DevicesConfig config, DeviceFactory factory) {
        return new DeskPrinters(A4Printer.of(config.a4Printer(), defaultFolder()), factory.printer(config.printer()),
                printingThread());
    }

    /** The system's default A4 printer and a simulated counter printer: a desk with no devices file. */
    public static DeskPrinters defaults() {
        return new DeskPrinters(A4Printer.of(DevicesConfig.systemDefaultA4Printer(), defaultFolder()),
                new SimulatedTicketPrinter(), printingThread());
    }

    /** One job at a time, in order; a daemon, so a printer that hangs never keeps the app from closing. */
    public static Executor printingThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "desk-printing");
            t.setDaemon(true);
            return t;
        });
    }
}
