package org.sportello.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;

/** Ticket → driver → bytes → virtual printer → image → ZXing: what the bytes say is what we meant. */
class TicketRoundTripTest {

    @Test
    void italianTicketOn80mmReadsBackWithQrAndAccents() throws Exception {
        PrintedTicket ticket = printThroughDriver(SampleTickets.italian(), PrinterProfile.EPSON_TM_T20);
        Path png = Screenshots.save(ticket.image(), "ticket-it-80mm.png");

        assertThat(Files.size(png)).isPositive();
        assertThat(ticket.image().getWidth()).isEqualTo(576);
        assertThat(readQr(ticket.image())).isEqualTo(SampleTickets.ID);
        assertThat(ticket.text()).contains("è, à, ù, €").contains("Forlì").contains("Priorità: utente con disabilità")
                .contains("martedì 24 novembre 2026, 10:05").contains("A023");
    }

    @Test
    void englishTicketOn58mmWithoutNativeQrReadsBack() throws Exception {
        VirtualPrinterTransport transport = new VirtualPrinterTransport(new VirtualPrinter(384));
        try (var driver = new EscPosTicketPrinter(transport, PrinterProfile.GENERIC_58)) {
            assertThat(driver.print(SampleTickets.english()).printed()).isTrue();
        }
        // No cutter on this profile: the ticket comes off at the tear bar.
        PrintedTicket ticket = transport.printer().tearOff().orElseThrow();
        Screenshots.save(ticket.image(), "ticket-en-58mm.png");

        assertThat(ticket.image().getWidth()).isEqualTo(384);
        assertThat(readQr(ticket.image())).isEqualTo(SampleTickets.ID);
        assertThat(ticket.text()).contains("Tuesday 24 November 2026, 10:05").contains("B107")
                .contains("People ahead of you: 12");
    }

    @Test
    void euroFallsBackToEurOnPrintersWithoutPc858() throws Exception {
        PrintedTicket ticket = printThroughDriver(SampleTickets.italian(), PrinterProfile.GENERIC_80);
        Screenshots.save(ticket.image(), "ticket-it-80mm-pc850.png");

        // The service name wraps on its double-width line; words, not lines, must survive.
        assertThat(ticket.text().replace('\n', ' ')).contains("è, à, ù, EUR").doesNotContain("€");
        assertThat(readQr(ticket.image())).isEqualTo(SampleTickets.ID);
    }

    private static PrintedTicket printThroughDriver(TicketPrintout printout, PrinterProfile profile) {
        VirtualPrinterTransport transport = new VirtualPrinterTransport(new VirtualPrinter(profile.dotWidth()));
        try (var driver = new EscPosTicketPrinter(transport, profile)) {
            PrintResult result = driver.print(printout);
            assertThat(result.printed()).as(result.detail()).isTrue();
            assertThat(result.status()).isEqualTo(DeviceStatus.READY);
        }
        List<PrintedTicket> tickets = transport.printer().tickets();
        assertThat(tickets).hasSize(1);
        return tickets.getFirst();
    }

    static String readQr(BufferedImage image) throws NotFoundException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
        Result result = new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }
}
