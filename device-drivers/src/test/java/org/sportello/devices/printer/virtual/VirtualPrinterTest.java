package org.sportello.devices.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sportello.devices.printer.ImageLuminance;
import org.sportello.devices.printer.virtual.PrintedTicket;

/** The interpreter on hand-written byte streams (never the encoder's), checked on pixels and text. */
class VirtualPrinterTest {
    private final VirtualPrinter printer = new VirtualPrinter(576);

    private static byte[] hex(String hex) {
        return HexFormat.ofDelimiter(" ").parseHex(hex);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private PrintedTicket printAndCut(byte[]... parts) {
        printer.accept(concat(concat(parts), hex("1D 56 42 00")));
        List<PrintedTicket> tickets = printer.tickets();
        return tickets.getLast();
    }

    /** Bounding box of the black pixels. */
    private static Rectangle ink(BufferedImage image) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle() : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static int blackPixels(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void decodesPc858IncludingTheEuro() {
        PrintedTicket t = printAndCut(hex("1B 40 1B 74 13 85 2C 8A 2C 97 2C D5 0A"));
        assertThat(t.textLines()).containsExactly("à,è,ù,€");
    }

    @Test
    void decodesPc850WhereD5IsTheDotlessI() {
        PrintedTicket t = printAndCut(hex("1B 74 02 8A D5 0A"));
        assertThat(t.textLines()).containsExactly("èı");
    }

    @Test
    void startsInPc437AndEscAtReturnsToIt() {
        PrintedTicket t = printAndCut(hex("9C 0A 1B 74 13 9C 0A 1B 40 9C 0A"));
        assertThat(t.textLines()).containsExactly("£", "£", "£"); // 9C is £ in all three tables
        PrintedTicket e = printAndCut(hex("1B 74 13 D5 0A 1B 40 D5 0A"));
        assertThat(e.textLines()).containsExactly("€", "╒"); // D5 back in PC437 after ESC @
    }

    @Test
    void characterSizeScalesTheCells() {
        PrintedTicket normal = printAndCut(ascii("H"), hex("0A"));
        PrintedTicket big = printAndCut(hex("1D 21 55"), ascii("H"), hex("0A"));
        Rectangle small = ink(normal.image());
        Rectangle large = ink(big.image());
        assertThat(large.width).isBetween(small.width * 5, small.width * 7);
        assertThat(large.height).isBetween(small.height * 5, small.height * 7);
        assertThat(big.image().getHeight() - normal.image().getHeight()).isEqualTo(5 * 24);
    }

    @Test
    void boldInksMore() {
        int regular = blackPixels(printAndCut(ascii("Sportello"), hex("0A")).image());
        int bold = blackPixels(printAndCut(hex("1B 45 01"), ascii("Sportello"), hex("0A")).image());
        assertThat(bold).isGreaterThan(regular * 11 / 10);
    }

    @Test
    void justification() {
        Rectangle left = ink(printAndCut(ascii("MM"), hex("0A")).image());
        Rectangle centre = ink(printAndCut(hex("1B 61 01"), ascii("MM"), hex("0A")).image());
        Rectangle right = ink(printAndCut(hex("1B 61 02"), ascii("MM"), hex("0A")).image());
        assertThat(left.x).isLessThan(12);
        assertThat(Math.abs(centre.x + centre.width / 2 - 288)).isLessThanOrEqualTo(3);
        assertThat(right.x + right.width).isGreaterThan(576 - 12);
    }

    @Test
    void aFullLineWrapsByItself() {
        PrintedTicket t = printAndCut(ascii("x".repeat(50)), hex("0A"));
        assertThat(t.textLines()).containsExactly("x".repeat(48), "xx");
    }

    @Test
    void code128IsDrawnAndReadable() throws Exception {
        PrintedTicket t = printAndCut(hex("1B 61 01 1D 68 50 1D 77 02 1D 6B 49 0A 7B 42"), ascii("A023-{{x"), hex("0A"));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(t.image())));
        var result = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
        assertThat(result.getText()).isEqualTo("A023-{x");
        assertThat(ink(t.image()).height).isEqualTo(80);
    }

    @Test
    void code128HumanReadableTextBelow() {
        PrintedTicket t = printAndCut(hex("1D 48 02 1D 6B 49 06 7B 42 41 42 43 44"));
        assertThat(t.textLines()).containsExactly("ABCD");
    }

    @Test
    void nativeQrIsDrawnAtTheModuleSizeAndReadable() throws Exception {
        byte[] qr = concat(hex("1B 61 01 1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 05 1D 28 6B 03 00 31 45 31"),
                hex("1D 28 6B 08 00 31 50 30"), ascii("HELLO"), hex("1D 28 6B 03 00 31 51 30 0A"));
        PrintedTicket t = printAndCut(qr);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(t.image())));
        assertThat(new MultiFormatReader().decode(bitmap).getText()).isEqualTo("HELLO");
        assertThat(ink(t.image()).width).isEqualTo(21 * 5); // version 1 = 21 modules
    }

    @Test
    void rasterImageBitsLandOnTheirDots() {
        // 2 bytes wide, 2 rows: row 0 = 1000 0000 0000 0001, row 1 = all black.
        PrintedTicket t = printAndCut(hex("1D 76 30 00 02 00 02 00 80 01 FF FF"));
        BufferedImage img = t.image();
        assertThat(img.getRGB(0, 0) & 0xFF).isZero();
        assertThat(img.getRGB(1, 0) & 0xFF).isEqualTo(255);
        assertThat(img.getRGB(15, 0) & 0xFF).isZero();
        assertThat(ink(img)).isEqualTo(new Rectangle(0, 0, 16, 2));
    }

    @Test
    void rasterQuadrupleModeDoublesBothWays() {
        PrintedTicket t = printAndCut(hex("1D 76 30 03 01 00 01 00 C0"));
        assertThat(ink(t.image())).isEqualTo(new Rectangle(0, 0, 4, 2));
    }

    @Test
    void feedAddsLinesOfPaper() {
        int plain = printAndCut(ascii("a"), hex("0A")).image().getHeight();
        int fed = printAndCut(ascii("a"), hex("0A 1B 64 03")).image().getHeight();
        assertThat(fed - plain).isEqualTo(3 * 30);
    }

    @Test
    void eachCutEndsATicket() {
        printer.accept(concat(ascii("one"), hex("0A 1D 56 42 00"), ascii("two"), hex("0A 1D 56 01")));
        assertThat(printer.tickets()).extracting(PrintedTicket::textLines)
                .containsExactly(List.of("one"), List.of("two"));
    }

    @Test
    void onlyTheLatestTicketsAreKept() {
        // A kiosk prints all day: every picture kept grew its heap by a ticket's dots each time.
        for (int i = 0; i < VirtualPrinter.KEPT + 10; i++) {
            printer.accept(concat(ascii("n" + i), hex("0A 1D 56 42 00")));
        }
        List<PrintedTicket> kept = printer.tickets();
        assertThat(kept).hasSize(VirtualPrinter.KEPT);
        assertThat(kept.getFirst().textLines()).containsExactly("n10");
        assertThat(kept.getLast().textLines()).containsExactly("n" + (VirtualPrinter.KEPT + 9));
    }

    @Test
    void commandsSplitAcrossWritesAreCompleted() {
        printer.accept(hex("1B 74"));
        printer.accept(hex("13 1D 21"));
        printer.accept(hex("11 D5 0A 1D 56"));
        assertThat(printer.tickets()).isEmpty();
        printer.accept(hex("42 00"));
        assertThat(printer.tickets()).singleElement().extracting(PrintedTicket::textLines).isEqualTo(List.of("€"));
    }

    @Test
    void unknownCommandsAreSkippedAndPrintingGoesOn() {
        PrintedTicket t = printAndCut(
                hex("1B 7E"),                   // ESC ~: not an ESC/POS command
                hex("1D 28 4C 04 00 30 45 31 31"), // GS ( L graphics: length-prefixed, skipped whole
                hex("1D 28 6B 04 00 30 41 00 00"), // GS ( k PDF417 option: not drawn
                hex("1C 70 01 00"),             // FS p: print NV bit image
                hex("10 04 01"),                // DLE EOT 1 is for the transport
                hex("1D 6B 04 41 42 00"),       // GS k Code 39 (form 1): skipped to its NUL
                ascii("OK"), hex("0A"));
        assertThat(t.textLines()).containsExactly("OK");
        assertThat(printer.skippedCommands()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void gsATellsTheListener() {
        int[] seen = {-1};
        printer.onAutoStatusBackRequest(n -> seen[0] = n);
        printer.accept(hex("1D 61 0E"));
        assertThat(seen[0]).isEqualTo(0x0E);
    }

    @Test
    void tearOffEndsATicketWithoutACutter() {
        printer.accept(concat(ascii("no cutter"), hex("0A 1B 64 04")));
        assertThat(printer.tickets()).isEmpty();
        assertThat(printer.uncut().textLines()).containsExactly("no cutter");
        assertThat(printer.tearOff()).get().extracting(PrintedTicket::textLines).isEqualTo(List.of("no cutter"));
        assertThat(printer.tearOff()).isEmpty();
    }
}
