package org.sportello.devices.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds an ESC/POS byte stream, one method per command. Every sequence follows Epson's ESC/POS
 * command reference; the byte layout of each is spelt out next to it so a reviewer can check it
 * against the manual without running anything.
 */
public final class EscPosBuilder {
    static final int LF = 0x0A;
    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int DLE = 0x10;
    static final int EOT = 0x04;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private CodePage codePage = CodePage.PC858;

    /** ESC @ (1B 40): clears the print buffer and resets modes to the power-on defaults. */
    public EscPosBuilder init() {
        return raw(ESC, '@');
    }

    /** ESC t n (1B 74 n): selects the character code table used by the following text. */
    public EscPosBuilder codePage(CodePage page) {
        this.codePage = page;
        return raw(ESC, 't', page.escPosNumber());
    }

    /**
     * GS ! n (1D 21 n): character size. Bits 4–6 hold width−1, bits 0–2 height−1, each
     * magnification 1..8.
     */
    public EscPosBuilder size(int width, int height) {
        checkRange("width", width, 1, 8);
        checkRange("height", height, 1, 8);
        return raw(GS, '!', ((width - 1) << 4) | (height - 1));
    }

    /** ESC E n (1B 45 n): emphasized (bold) on when the lowest bit of n is 1. */
    public EscPosBuilder bold(boolean on) {
        return raw(ESC, 'E', on ? 1 : 0);
    }

    /** ESC a n (1B 61 n): justification, effective at the beginning of a line. */
    public EscPosBuilder align(Alignment alignment) {
        return raw(ESC, 'a', alignment.escPosValue());
    }

    /** Text in the current code page; nothing is printed until {@link #lineFeed()}. */
    public EscPosBuilder text(String text) {
        out.writeBytes(codePage.encode(text));
        return this;
    }

    /** LF (0A): prints the buffer and feeds one line. */
    public EscPosBuilder lineFeed() {
        return raw(LF);
    }

    public EscPosBuilder line(String text) {
        return text(text).lineFeed();
    }

    /** ESC d n (1B 64 n): prints the buffer and feeds n lines. */
    public EscPosBuilder feed(int lines) {
        checkRange("lines", lines, 0, 255);
        return raw(ESC, 'd', lines);
    }

    /**
     * GS V 66 n (1D 56 42 n): feeds to the cutting position plus n motion units and makes a
     * partial cut (one point left uncut, so the ticket does not fall on the floor).
     */
    public EscPosBuilder partialCut(int extraFeed) {
        checkRange("extraFeed", extraFeed, 0, 255);
        return raw(GS, 'V', 66, extraFeed);
    }

    /** GS h n (1D 68 n): bar code height in dots, 1..255. */
    public EscPosBuilder barcodeHeight(int dots) {
        checkRange("dots", dots, 1, 255);
        return raw(GS, 'h', dots);
    }

    /** GS w n (1D 77 n): bar code module width in dots, 2..6. */
    public EscPosBuilder barcodeModuleWidth(int dots) {
        checkRange("dots", dots, 2, 6);
        return raw(GS, 'w', dots);
    }

    /** GS H n (1D 48 n): where the human readable text goes: 0 none, 1 above, 2 below, 3 both. */
    public EscPosBuilder barcodeTextPosition(int position) {
        checkRange("position", position, 0, 3);
        return raw(GS, 'H', position);
    }

    /**
     * GS k 73 n d1..dn (1D 6B 49 n ...): Code 128. The data opens with "{B" (code set B, printable
     * ASCII) and a literal '{' is sent as "{{", since '{' introduces the printer's code set and
     * function characters; n counts all of it.
     */
    public EscPosBuilder code128(String content) {
        StringBuilder data = new StringBuilder("{B");
        for (char c : content.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("Code 128 set B holds printable ASCII only: " + content);
            }
            data.append(c == '{' ? "{{" : String.valueOf(c));
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.US_ASCII);
        if (bytes.length > 255) {
            throw new IllegalArgumentException("Code 128 data too long: " + bytes.length + " bytes");
        }
        raw(GS, 'k', 73, bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    /**
     * Native QR code, GS ( k with cn = 49 (0x31): function 165 model 2, 167 module size,
     * 169 error correction, 180 store the data, 181 print the stored symbol.
     */
    public EscPosBuilder qr(String payload, int moduleDots, QrErrorCorrection correction) {
        checkRange("moduleDots", moduleDots, 1, 16);
        byte[] data = payload.getBytes(StandardCharsets.ISO_8859_1);
        int storeLength = data.length + 3; // cn, fn, m precede the data
        if (storeLength > 7092) {
            throw new IllegalArgumentException("QR payload too long: " + data.length + " bytes");
        }
        raw(GS, '(', 'k', 4, 0, 0x31, 0x41, 50, 0);                   // fn 65: model 2
        raw(GS, '(', 'k', 3, 0, 0x31, 0x43, moduleDots);              // fn 67: module size
        raw(GS, '(', 'k', 3, 0, 0x31, 0x45, correction.escPosValue()); // fn 69: error correction
        raw(GS, '(', 'k', storeLength & 0xFF, storeLength >> 8, 0x31, 0x50, 0x30); // fn 80: store
        out.writeBytes(data);
        return raw(GS, '(', 'k', 3, 0, 0x31, 0x51, 0x30);             // fn 81: print
    }

    /**
     * GS v 0 m xL xH yL yH d1..dk (1D 76 30 00 ...): raster image at normal scale (m = 0); x counts
     * bytes per row, y counts rows.
     */
    public EscPosBuilder raster(RasterImage image) {
        int x = image.widthBytes();
        int y = image.heightDots();
        if (x > 0xFFFF || y > 0xFFFF) {
            throw new IllegalArgumentException("raster image too large: " + image);
        }
        raw(GS, 'v', '0', 0, x & 0xFF, x >> 8, y & 0xFF, y >> 8);
        out.writeBytes(image.data());
        return this;
    }

    /** GS a n (1D 61 n): enables automatic status back for the status groups in the bits of n. */
    public EscPosBuilder autoStatusBack(int groups) {
        checkRange("groups", groups, 0, 255);
        return raw(GS, 'a', groups);
    }

    /** DLE EOT n (10 04 n): real-time status request; the printer answers one byte at once. */
    public static byte[] realTimeStatusRequest(int n) {
        checkRange("n", n, 1, 4);
        return new byte[] {DLE, EOT, (byte) n};
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private EscPosBuilder raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    private static void checkRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }
}
