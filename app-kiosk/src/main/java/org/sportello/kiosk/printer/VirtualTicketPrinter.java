package org.sportello.kiosk.printer;

import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;

/**
 * The demo's printer: the real ESC/POS driver, as configured for an Epson TM-T20 on 80 mm paper,
 * writing to a virtual printer that draws the bytes. The printed-tickets window shows what the
 * bytes say and sets the simulated paper and cover, so the kiosk's fault handling runs for real.
 *
 * @param transport the simulated device: its printer's tickets, its condition
 * @param printer   what the kiosk prints through
 */
public record VirtualTicketPrinter(VirtualPrinterTransport transport, TicketPrinter printer) {
    public static final PrinterProfile PROFILE = PrinterProfile.EPSON_TM_T20;

    public static VirtualTicketPrinter create() {
        VirtualPrinterTransport transport = new VirtualPrinterTransport(new VirtualPrinter(PROFILE.dotWidth()));
        return new VirtualTicketPrinter(transport, new EscPosTicketPrinter(transport, PROFILE));
    }
}
