package org.sportello.devices.printer.virtual;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * An ESC/POS interpreter that prints onto images: text in font A cells with GS ! sizes, bold and
 * justification, Code 128, QR codes, raster images, feeds and cuts. Each cut ends a ticket.
 * Written from Epson's command reference independently of the encoder, so a test that reads a
 * ticket back from it checks what the bytes say, not what the encoder meant. Commands it does not
 * draw are skipped by their documented length; truly unknown ones by their two introducing
 * bytes, so one odd command never derails the rest.
 */
public final class VirtualPrinter {
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;
    private static final int LF = 0x0A;
    private static final int HT = 0x09;
    /** Gap between the last printed line and the cut; a real head sits this far above the cutter. */
    private static final int CUT_MARGIN = 24;
    /**
     * Tickets kept for {@link #tickets()}: the latest, as the paper tray of a real printer holds them (the demo's
     * window shows a few). A picture is a dot a byte, about 0.5 MB a ticket: a kiosk that kept every one had 836 MB
     * of live objects after 1,500 tickets (the stations benchmark, ADR 44), and the demo's kiosk prints all day on
     * this printer.
     */
    public static final int KEPT = 10;

    private final int dotWidth;
    private final PaperRoll roll;
    private final TextLine line = new TextLine();
    private final List<PrintedTicket> tickets = new CopyOnWriteArrayList<>();
    private final List<Consumer<PrintedTicket>> listeners = new CopyOnWriteArrayList<>();
    private final List<IntConsumer> autoStatusBackListeners = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream incomplete = new ByteArrayOutputStream();
    private final List<String> skipped = new ArrayList<>();

    // Print modes, as reset by ESC @.
    private Charset charset;
    private int widthMag;
    private int heightMag;
    private boolean bold;
    private int alignment;
    private int barcodeHeight;
    private int barcodeModule;
    private int hriPosition;
    private int qrModule;
    private int qrCorrection;
    private byte[] qrData;

    public VirtualPrinter(int dotWidth) {
        if (dotWidth < 8) {
            throw new IllegalArgumentException("dot width too small: " + dotWidth);
        }
        this.dotWidth = dotWidth;
        this.roll = new PaperRoll(dotWidth);
        reset();
    }

    public int dotWidth() {
        return dotWidth;
    }

    /** Feeds received bytes; a command split across calls is completed by the next call. */
    public synchronized void accept(byte[] bytes) {
        incomplete.writeBytes(bytes);
        byte[] all = incomplete.toByteArray();
        ByteCursor cursor = new ByteCursor(all);
        int consumed = 0;
        try {
            while (cursor.hasMore()) {
                execute(cursor);
                consumed = cursor.position();
            }
        } catch (ByteCursor.NeedMoreBytes waiting) {
            // keep the unfinished command for the next write
        }
        incomplete.reset();
        incomplete.write(all, consumed, all.length - consumed);
    }

    /** The last {@value #KEPT} tickets cut, oldest first. */
    public List<PrintedTicket> tickets() {
        return List.copyOf(tickets);
    }

    public void onTicket(Consumer<PrintedTicket> listener) {
        listeners.add(listener);
    }

    /** Called with n whenever GS a n arrives, so a transport can start automatic status back. */
    public void onAutoStatusBackRequest(IntConsumer listener) {
        autoStatusBackListeners.add(listener);
    }

    /** What is on the paper since the last cut, still attached to the roll. */
    public synchronized PrintedTicket uncut() {
        return roll.snapshot();
    }

    /**
     * Ends the current ticket without a cutter, like a person tearing it off at the tear bar;
     * empty when nothing was printed since the last cut.
     */
    public synchronized Optional<PrintedTicket> tearOff() {
        flushLine();
        return roll.isEmpty() ? Optional.empty() : Optional.of(finishTicket());
    }

    /** Descriptions of commands that were skipped, for diagnosing odd byte streams. */
    public synchronized List<String> skippedCommands() {
        return List.copyOf(skipped);
    }

    private void execute(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int b = in.u8();
        switch (b) {
            case LF -> printLine();
            case HT -> tab();
            case ESC -> escape(in);
            case GS -> groupSeparator(in);
            case FS -> fileSeparator(in);
            case DLE -> dataLinkEscape(in);
            default -> {
                if (b >= 0x20) {
                    character(b);
                } // other control bytes (CR, FF, CAN, ...) have no effect in standard mode
            }
        }
    }

    private void escape(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int c = in.u8();
        switch (c) {
            case '@' -> reset();
            case '!' -> {
                int n = in.u8();
                bold = (n & 0x08) != 0;
                heightMag = (n & 0x10) != 0 ? 2 : 1;
                widthMag = (n & 0x20) != 0 ? 2 : 1;
            }
            case 'E' -> bold = (in.u8() & 1) != 0;
            case 'a' -> alignment = switch (in.u8()) {
                case 1, '1' -> 1;
                case 2, '2' -> 2;
                default -> 0;
            };
            case 't' -> charset = CharacterTables.forNumber(in.u8());
            case 'd' -> feedLines(in.u8());
            case 'J' -> {
                int dots = in.u8();
                flushLine();
                roll.feed(dots);
            }
            case 'i', 'm' -> cutNow(0); // the older one-byte partial cut commands
            case '2', 'L', 'S', '<' -> { } // default line spacing, page mode, return home: no-ops here
            case '-', '3', 'e', 'M', 'G', 'R', ' ', '{', 'V', '=', 'r', 'U', 'T', '%', '?', 'u' -> in.skip(1);
            case '$', '\\', 'c' -> in.skip(2);
            case 'p' -> in.skip(3);
            case 'W' -> in.skip(8);
            case 'D' -> {
                while (in.u8() != 0) { } // tab positions, NUL-terminated
            }
            case '*' -> {
                int m = in.u8();
                int columns = in.u16();
                in.skip(columns * (m >= 32 ? 3 : 1)); // 24-dot modes send 3 bytes per column
                skipped.add("ESC * bit image");
            }
            default -> skipped.add(String.format("ESC 0x%02X", c));
        }
    }

    private void groupSeparator(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int c = in.u8();
        switch (c) {
            case '!' -> {
                int n = in.u8();
                widthMag = ((n >> 4) & 0x07) + 1;
                heightMag = (n & 0x07) + 1;
            }
            case 'V' -> cut(in);
            case 'k' -> barcode(in);
            case '(' -> {
                int function = in.u8();
                byte[] payload = in.take(in.u16());
                if (function == 'k') {
                    twoDimensionalCode(payload);
                } else {
                    skipped.add("GS ( " + (char) function);
                }
            }
            case 'v' -> {
                if (in.u8() != '0') {
                    skipped.add("GS v (not raster)");
                    return;
                }
                int mode = in.u8();
                int widthBytes = in.u16();
                int height = in.u16();
                raster(in.take(widthBytes * height), widthBytes, height, mode);
            }
            case 'h' -> barcodeHeight = Math.max(1, in.u8());
            case 'w' -> barcodeModule = Math.clamp(in.u8(), 1, 6);
            case 'H' -> hriPosition = in.u8() & 0x03;
            case 'a' -> {
                int groups = in.u8();
                autoStatusBackListeners.forEach(l -> l.accept(groups));
            }
            case 'f', 'B', 'b', 'r', 'I', '/', 'E' -> in.skip(1);
            case 'L', 'W', 'P', '$', '\\' -> in.skip(2);
            case '*' -> {
                int x = in.u8();
                int y = in.u8();
                in.skip(x * y * 8);
                skipped.add("GS * downloaded bit image");
            }
            case '8' -> {
                int function = in.u8();
                long length = (in.u16() & 0xFFFFL) | ((long) in.u16() << 16);
                in.skip((int) Math.min(length, Integer.MAX_VALUE));
                skipped.add("GS 8 " + (char) function);
            }
            default -> skipped.add(String.format("GS 0x%02X", c));
        }
    }

    private void fileSeparator(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int c = in.u8();
        switch (c) {
            case '(' -> {
                in.u8();
                in.skip(in.u16());
            }
            case '.', '&' -> { } // kanji mode on/off
            case 'C', '!', '-', 'W' -> in.skip(1);
            case 'p', 'S' -> in.skip(2);
            default -> skipped.add(String.format("FS 0x%02X", c));
        }
    }

    private void dataLinkEscape(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int c = in.u8();
        switch (c) {
            case 0x04, 0x05 -> in.skip(1); // DLE EOT n / DLE ENQ n: answered by the transport
            case 0x14 -> in.skip(3);       // DLE DC4 fn a b
            default -> skipped.add(String.format("DLE 0x%02X", c));
        }
    }

    private void character(int b) {
        String decoded = charset.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
        char c = decoded.isEmpty() ? '?' : decoded.charAt(0);
        if (!line.fits(widthMag, dotWidth)) {
            flushLine(); // the printer wraps a full line by itself
        }
        if (line.fits(widthMag, dotWidth)) {
            line.add(c, widthMag, heightMag, bold);
        }
    }

    private void tab() {
        int column = line.widthDots() / TextLine.CELL_WIDTH;
        int spaces = 8 - column % 8;
        for (int i = 0; i < spaces; i++) {
            character(' ');
        }
    }

    /** LF: print what is buffered and feed one line (an empty buffer still feeds). */
    private void printLine() {
        line.printOn(roll, alignment);
    }

    private void flushLine() {
        if (!line.isEmpty()) {
            printLine();
        }
    }

    /** ESC d n: print the buffer and feed n lines in all (printing a line is one of them). */
    private void feedLines(int n) {
        int blank = n;
        if (!line.isEmpty()) {
            printLine();
            blank--;
        }
        roll.feed(Math.max(0, blank) * TextLine.LINE_SPACING);
    }

    private void cut(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int m = in.u8();
        int extraFeed = switch (m) {
            case 65, 66, 97, 98, 103, 104 -> in.u8(); // function B, C, D carry a feed amount
            default -> 0;
        };
        cutNow(extraFeed);
    }

    private void cutNow(int extraFeed) {
        flushLine();
        roll.feed(CUT_MARGIN + extraFeed);
        finishTicket();
    }

    private PrintedTicket finishTicket() {
        PrintedTicket ticket = roll.cut();
        tickets.add(ticket);
        while (tickets.size() > KEPT) {
            tickets.removeFirst();
        }
        listeners.forEach(l -> l.accept(ticket));
        return ticket;
    }

    private void barcode(ByteCursor in) throws ByteCursor.NeedMoreBytes {
        int m = in.u8();
        byte[] data;
        if (m <= 6) {
            ByteArrayOutputStream until = new ByteArrayOutputStream();
            for (int b = in.u8(); b != 0; b = in.u8()) {
                until.write(b);
            }
            data = until.toByteArray();
        } else {
            data = in.take(in.u8());
        }
        if (m != 73) {
            skipped.add("GS k " + m + " (bar code system not drawn)");
            return;
        }
        Optional<String> content = Symbols.code128Content(data);
        if (content.isEmpty()) {
            skipped.add("GS k 73 with unreadable data");
            return;
        }
        boolean[] modules;
        try {
            modules = Symbols.code128Modules(content.get());
        } catch (IllegalArgumentException e) {
            skipped.add("GS k 73: " + e.getMessage());
            return;
        }
        int width = modules.length * barcodeModule;
        if (width > dotWidth) {
            skipped.add("GS k 73 wider than the paper"); // printers drop such bar codes entirely
            return;
        }
        flushLine();
        if ((hriPosition & 1) != 0) {
            hriLine(content.get());
        }
        Graphics2D g = roll.newBand(barcodeHeight);
        try {
            int x0 = alignedX(width);
            for (int i = 0; i < modules.length; i++) {
                if (modules[i]) {
                    g.fillRect(x0 + i * barcodeModule, 0, barcodeModule, barcodeHeight);
                }
            }
        } finally {
            g.dispose();
        }
        if ((hriPosition & 2) != 0) {
            hriLine(content.get());
        }
    }

    private void hriLine(String text) {
        for (char c : text.toCharArray()) {
            line.add(c, 1, 1, false);
        }
        printLine();
    }

    /** GS ( k: only cn = 49 (QR code) is drawn; PDF417 and others are skipped. */
    private void twoDimensionalCode(byte[] payload) {
        if (payload.length < 2 || (payload[0] & 0xFF) != 49) {
            skipped.add("GS ( k symbol other than QR");
            return;
        }
        int fn = payload[1] & 0xFF;
        switch (fn) {
            case 65 -> { } // model: only model 2 is drawn
            case 67 -> qrModule = Math.clamp(payload.length > 2 ? payload[2] & 0xFF : 3, 1, 16);
            case 69 -> qrCorrection = payload.length > 2 ? payload[2] & 0xFF : 48;
            case 80 -> qrData = Arrays.copyOfRange(payload, Math.min(3, payload.length), payload.length);
            case 81 -> printQr();
            default -> skipped.add("GS ( k QR function " + fn);
        }
    }

    private void printQr() {
        if (qrData == null || qrData.length == 0) {
            skipped.add("GS ( k print with no stored QR data");
            return;
        }
        ByteMatrix modules;
        try {
            modules = Symbols.qrModules(qrData, qrCorrection);
        } catch (WriterException e) {
            skipped.add("GS ( k QR data too long");
            return;
        }
        int size = modules.getWidth() * qrModule;
        if (size > dotWidth) {
            skipped.add("GS ( k QR wider than the paper");
            return;
        }
        flushLine();
        Graphics2D g = roll.newBand(size);
        try {
            int x0 = alignedX(size);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y) == 1) {
                        g.fillRect(x0 + x * qrModule, y * qrModule, qrModule, qrModule);
                    }
                }
            }
        } finally {
            g.dispose();
        }
    }

    /** GS v 0 m: m = 0/48 normal, 1/49 double width, 2/50 double height, 3/51 both. */
    private void raster(byte[] data, int widthBytes, int height, int mode) {
        int xScale = (mode & 1) != 0 ? 2 : 1;
        int yScale = (mode & 2) != 0 ? 2 : 1;
        flushLine();
        int width = Math.min(widthBytes * 8 * xScale, dotWidth); // dots beyond the paper are lost
        Graphics2D g = roll.newBand(height * yScale);
        try {
            int x0 = alignedX(width);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < widthBytes * 8; x++) {
                    int bits = data[y * widthBytes + x / 8] & 0xFF;
                    if ((bits & (0x80 >> (x % 8))) != 0 && x * xScale < width) {
                        g.fillRect(x0 + x * xScale, y * yScale, xScale, yScale);
                    }
                }
            }
        } finally {
            g.dispose();
        }
    }

    private int alignedX(int width) {
        return switch (alignment) {
            case 1 -> (dotWidth - width) / 2;
            case 2 -> dotWidth - width;
            default -> 0;
        };
    }

    private void reset() {
        charset = CharacterTables.PC437;
        widthMag = 1;
        heightMag = 1;
        bold = false;
        alignment = 0;
        barcodeHeight = 162;
        barcodeModule = 3;
        hriPosition = 0;
        qrModule = 3;
        qrCorrection = 48;
        qrData = null;
        line.clear(); // ESC @ also empties the print buffer
    }
}
