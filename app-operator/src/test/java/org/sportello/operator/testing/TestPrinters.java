package org.sportello.operator.testing;

import java.awt.print.PrinterJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import javax.print.PrintService;
import javax.print.StreamPrintService;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;
import org.sportello.operator.documents.A4Printer;
import org.sportello.operator.documents.DeskPrinters;

/**
 * A desk's printers for tests, real all the way down: the A4 printer is the JDK's PostScript stream
 * service standing in for the system's printer (or no printer at all, or one whose line breaks), the
 * counter printer is the real ESC/POS driver on a virtual TM-T20.
 */
public final class TestPrinters {
    /** What reached "the A4 printer". */
    public final ByteArrayOutputStream postScript = new ByteArrayOutputStream();
    /** The counter's virtual printer: its paper, its condition. */
    public final VirtualPrinterTransport counter = new VirtualPrinterTransport(new VirtualPrinter(576));
    private volatile boolean a4Present = true;
    private volatile boolean a4Broken;

    /** The printers, with their jobs run on {@code printing} (direct for ViewModel tests). */
    public DeskPrinters printers(Executor printing) {
        OutputStream line = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                if (a4Broken) {
                    throw new IOException("the printer stopped answering");
                }
                postScript.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (a4Broken) {
                    throw new IOException("the printer stopped answering");
                }
                postScript.write(b, off, len);
            }
        };
        StreamPrintService stream = PrinterJob.lookupStreamPrintServices("application/postscript")[0]
                .getPrintService(line);
        A4Printer.PrintServices system = new A4Printer.PrintServices() {
            @Override
            public PrintService[] all() {
                return a4Present ? new PrintService[] {stream} : new PrintService[0];
            }

            @Override
            public PrintService systemDefault() {
                return a4Present ? stream : null;
            }
        };
        return new DeskPrinters(new A4Printer(new A4Printer.Destination.SystemPrinter(null), system),
                new EscPosTicketPrinter(counter, PrinterProfile.EPSON_TM_T20), printing);
    }

    /** No printer on the workstation (none is default, none is named). */
    public void removeA4() {
        a4Present = false;
    }

    public void restoreA4() {
        a4Present = true;
        a4Broken = false;
    }

    /** The printer accepts the job and then its line fails. */
    public void breakA4() {
        a4Broken = true;
    }

    /** Pages that reached the A4 printer so far (PostScript DSC page comments). */
    public int a4Pages() {
        return (int) Pattern.compile("^%%Page: ", Pattern.MULTILINE)
                .matcher(postScript.toString(StandardCharsets.ISO_8859_1)).results().count();
    }
}
