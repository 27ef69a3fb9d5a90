package org.sportello.devices.printer.escpos;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the driver must know about one printer model: paper, how many font A characters
 * (12 × 24 dots) fit a line, printable dots per line, and which optional features it has.
 *
 * @param id               short name used in configuration files and the technician CLI
 * @param paperWidthMm     58 or 80
 * @param columns          font A characters per line the layout wraps at
 * @param dotWidth         printable dots per line (203 dpi heads: 384 on 58 mm, 576 on 80 mm)
 * @param supportsPc858    ESC t 19 available; otherwise PC850 and "EUR" for €
 * @param supportsNativeQr GS ( k QR available; otherwise the QR is sent as a raster image
 * @param supportsAutoStatusBack GS a available
 * @param hasCutter        GS V cuts; otherwise the ticket is fed past the tear bar
 */
public record PrinterProfile(String id, String description, int paperWidthMm, int columns, int dotWidth,
                             boolean supportsPc858, boolean supportsNativeQr, boolean supportsAutoStatusBack,
                             boolean hasCutter) {
    /** Font A is 12 dots wide on the Epson thermal models we target. */
    public static final int FONT_A_WIDTH = 12;

    public static final PrinterProfile EPSON_TM_T20 = new PrinterProfile("tm-t20",
            "Epson TM-T20 class, 80 mm, 48 columns", 80, 48, 576, true, true, true, true);
    public static final PrinterProfile EPSON_TM_T88 = new PrinterProfile("tm-t88",
            "Epson TM-T88 class, 80 mm, 42 columns", 80, 42, 576, true, true, true, true);
    public static final PrinterProfile GENERIC_80 = new PrinterProfile("generic-80",
            "Generic ESC/POS, 80 mm, 48 columns", 80, 48, 576, false, true, false, true);
    public static final PrinterProfile GENERIC_58 = new PrinterProfile("generic-58",
            "Generic ESC/POS, 58 mm, 32 columns, no cutter", 58, 32, 384, false, false, false, false);

    public PrinterProfile {
        if (columns <= 0 || dotWidth < columns * 8) {
            throw new IllegalArgumentException("implausible profile: " + columns + " columns on " + dotWidth + " dots");
        }
        if (paperWidthMm != 58 && paperWidthMm != 80) {
            throw new IllegalArgumentException("paper width must be 58 or 80 mm, was " + paperWidthMm);
        }
    }

    public static List<PrinterProfile> all() {
        return List.of(EPSON_TM_T20, EPSON_TM_T88, GENERIC_80, GENERIC_58);
    }

    public static Optional<PrinterProfile> byId(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        return all().stream().filter(p -> p.id.equals(wanted)).findFirst();
    }
}
