package org.sportello.devices.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sportello.devices.DeviceStatus;
import org.sportello.devices.printer.escpos.EscPosTicketPrinter;
import org.sportello.devices.printer.escpos.PrinterProfile;
import org.sportello.devices.printer.escpos.RasterImage;
import org.sportello.devices.printer.escpos.RasterImageConverter;
import org.sportello.devices.printer.virtual.PrintedTicket;
import org.sportello.devices.printer.virtual.SimulatedCondition;
import org.sportello.devices.printer.virtual.VirtualPrinter;
import org.sportello.devices.printer.virtual.VirtualPrinterTransport;

/** The real driver against the simulated device, as the demo runs it. */
class DriverOnVirtualPrinterTest {
    private final VirtualPrinterTransport device = new VirtualPrinterTransport(new VirtualPrinter(576));
    private final EscPosTicketPrinter driver = new EscPosTicketPrinter(device, PrinterProfile.EPSON_TM_T20);

    @Test
    void paperOutWastesNoPaperEvenAfterTheRollIsReplaced() {
        device.setCondition(SimulatedCondition.PAPER_OUT);

        PrintResult result = driver.print(SampleTickets.italian());
        device.setCondition(SimulatedCondition.READY);

        assertThat(result.printed()).isFalse();
        assertThat(result.status()).isEqualTo(DeviceStatus.PAPER_OUT);
        assertThat(device.printer().tickets()).isEmpty();
        assertThat(device.printer().uncut().textLines()).isEmpty();
    }

    @Test
    void coverOpenIsReportedAndNothingComesOut() {
        device.setCondition(SimulatedCondition.COVER_OPEN);

        PrintResult result = driver.print(SampleTickets.english());

        assertThat(result.status()).isEqualTo(DeviceStatus.COVER_OPEN);
        assertThat(driver.status()).isEqualTo(DeviceStatus.COVER_OPEN);
        device.setCondition(SimulatedCondition.READY);
        assertThat(device.printer().tickets()).isEmpty();
    }

    @Test
    void paperNearEndPrintsAndWarns() {
        device.setCondition(SimulatedCondition.PAPER_NEAR_END);

        PrintResult result = driver.print(SampleTickets.italian());

        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(DeviceStatus.PAPER_LOW);
        assertThat(device.printer().tickets()).hasSize(1);
    }

    @Test
    void unpluggedDeviceIsOfflineAndComesBackAfterReplug() {
        device.unplug();
        assertThat(driver.print(SampleTickets.italian()).status()).isEqualTo(DeviceStatus.OFFLINE);

        device.plugIn();
        assertThat(driver.print(SampleTickets.italian()).printed()).isTrue();
        assertThat(device.printer().tickets()).hasSize(1);
    }

    @Test
    void deafDeviceIsUnknownAndStillPrints() {
        device.setAnswersStatus(false);
        var quick = new EscPosTicketPrinter(device, PrinterProfile.EPSON_TM_T20, Optional.empty(),
                Duration.ofMillis(50), Duration.ofSeconds(5));

        PrintResult result = quick.print(SampleTickets.english());

        assertThat(result.printed()).isTrue();
        assertThat(result.status()).isEqualTo(DeviceStatus.UNKNOWN);
        assertThat(device.printer().tickets()).hasSize(1);
    }

    @Test
    void ticketWithALogo() throws Exception {
        RasterImage logo = RasterImageConverter.fromPng(sampleLogoPng(), 320);
        var withLogo = new EscPosTicketPrinter(device, PrinterProfile.EPSON_TM_T20, Optional.of(logo),
                EscPosTicketPrinter.DEFAULT_STATUS_TIMEOUT, EscPosTicketPrinter.DEFAULT_WRITE_TIMEOUT);

        assertThat(withLogo.print(SampleTickets.italian()).printed()).isTrue();

        PrintedTicket ticket = device.printer().tickets().getFirst();
        Screenshots.save(ticket.image(), "ticket-it-80mm-logo.png");
        assertThat(TicketRoundTripTest.readQr(ticket.image())).isEqualTo(SampleTickets.ID);
        // The logo's dithered grey band sits above the first text line.
        assertThat(darkShare(ticket.image(), 0, logo.heightDots())).isBetween(0.05, 0.6);
    }

    private static double darkShare(BufferedImage image, int fromY, int toY) {
        int dark = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                dark += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return dark / (double) ((toY - fromY) * image.getWidth());
    }

    /** A colour logo with a gradient and a transparent background, like an office would supply. */
    private static byte[] sampleLogoPng() throws Exception {
        BufferedImage logo = new BufferedImage(480, 150, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0, 90, 160), 480, 0, new Color(180, 220, 255)));
        g.fillRoundRect(10, 10, 460, 130, 40, 40);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.drawOval(30, 25, 100, 100);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 64));
        g.drawString("CPI", 160, 100);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", out);
        return out.toByteArray();
    }
}
