package org.sportello.devices.printer.escpos;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.DocumentReceipt;
import org.sportello.devices.printer.OfferSlip;
import org.sportello.devices.printer.PrintResult;
import org.sportello.devices.printer.TicketPrinter;
import org.sportello.devices.printer.TicketPrintout;
import org.sportello.devices.transport.Transport;

/**
 * The ESC/POS ticket printer driver. Before each ticket it asks the printer for its status and
 * sends nothing when the paper is out, the cover is open or the printer is offline, so no paper
 * is wasted and the kiosk can show the number on screen instead; after the ticket it asks again,
 * so a roll that ran out mid-ticket is reported as a failed print, not a lost ticket. A printer
 * that never answers is "status unknown" and still gets the ticket. It never throws for a device
 * fault: every outcome is a {@link PrintResult}.
 */
public final class EscPosTicketPrinter implements TicketPrinter {
    public static final Duration DEFAULT_STATUS_TIMEOUT = Duration.ofMillis(500);
    /** A ticket with a logo is a few kilobytes: seconds at 9600 baud, so be generous. */
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

    private final Transport transport;
    private final PrinterProfile profile;
    private final TicketLayout layout;
    private final DocumentReceiptLayout receiptLayout;
    private final OfferSlipLayout offerLayout;
    private final StatusReader statusReader;
    private final Duration writeTimeout;
    private boolean autoStatusBackEnabled;

    public EscPosTicketPrinter(Transport transport, PrinterProfile profile) {
        this(transport, profile, Optional.empty(), DEFAULT_STATUS_TIMEOUT, DEFAULT_WRITE_TIMEOUT);
    }

    public EscPosTicketPrinter(Transport transport, PrinterProfile profile, Optional<RasterImage> logo,
                               Duration statusTimeout, Duration writeTimeout) {
        this.transport = transport;
        this.profile = profile;
        this.layout = new TicketLayout(profile, logo);
        this.receiptLayout = new DocumentReceiptLayout(profile);
        this.offerLayout = new OfferSlipLayout(profile);
        this.statusReader = new StatusReader(transport, statusTimeout);
        this.writeTimeout = writeTimeout;
    }

    @Override
    public synchronized PrintResult print(TicketPrintout ticket) {
        Locale locale = Locale.forLanguageTag(ticket.language() == null ? "it" : ticket.language());
        // Laid out before any I/O: a layout bug must not look like a device fault.
        return send(layout.render(ticket), locale);
    }

    @Override
    public synchronized PrintResult print(DocumentReceipt receipt, Locale language) {
        return send(receiptLayout.render(receipt), language);
    }

    @Override
    public synchronized PrintResult print(OfferSlip offer, Locale language) {
        return send(offerLayout.render(offer), language);
    }

    private PrintResult send(byte[] bytes, Locale locale) {
        PrinterStatus before;
        try {
            before = currentStatus();
        } catch (IOException e) {
            return linkLost(e, locale);
        }
        DeviceStatus beforeStatus = before.toDeviceStatus();
        if (!beforeStatus.canPrint()) {
            return PrintResult.failed(beforeStatus, before.explain(locale));
        }
        try {
            transport.write(bytes, writeTimeout);
        } catch (IOException e) {
            return linkLost(e, locale);
        }
        PrinterStatus after;
        try {
            after = currentStatus();
        } catch (IOException e) {
            return linkLost(e, locale);
        }
        DeviceStatus afterStatus = after.toDeviceStatus();
        if (!afterStatus.canPrint()) {
            // The printer stopped during or right after our ticket: it may be cut short.
            return PrintResult.failed(afterStatus, after.explain(locale));
        }
        return new PrintResult(true, afterStatus, after.explain(locale));
    }

    @Override
    public synchronized DeviceStatus status() {
        try {
            return currentStatus().toDeviceStatus();
        } catch (IOException e) {
            transport.close();
            return DeviceStatus.OFFLINE;
        }
    }

    /** The full decoded status, for the technician CLI and the operator desk's explanations. */
    public synchronized PrinterStatus detailedStatus() throws IOException {
        return currentStatus();
    }

    public PrinterProfile profile() {
        return profile;
    }

    @Override
    public void close() {
        transport.close();
    }

    private PrinterStatus currentStatus() throws IOException {
        if (!transport.isOpen()) {
            transport.open();
            autoStatusBackEnabled = false;
        }
        if (profile.supportsAutoStatusBack() && !autoStatusBackEnabled) {
            // Once enabled, the printer reports changes by itself; StatusReader files those blocks.
            transport.write(new EscPosBuilder().autoStatusBack(AutoStatusBack.ALL_STATUS_GROUPS).bytes(), writeTimeout);
            autoStatusBackEnabled = true;
        }
        PrinterStatus realTime = statusReader.query();
        if (realTime.reply() != PrinterStatus.Reply.ANSWERED) {
            // A printer deaf to DLE EOT may still have told us its state through ASB.
            return statusReader.lastAutoStatus().orElse(realTime);
        }
        return realTime;
    }

    private PrintResult linkLost(IOException e, Locale locale) {
        transport.close(); // the next call reopens: USB and serial links come back after a replug
        ResourceBundle bundle = ResourceBundle.getBundle(PrinterStatus.MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String detail = MessageFormat.format(bundle.getString("link.lost"), transport.describe(), e.getMessage());
        return PrintResult.failed(DeviceStatus.OFFLINE, detail);
    }
}
