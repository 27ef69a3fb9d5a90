package org.sportello.devices.printer.escpos;

import java.util.Optional;
import org.sportello.devices.printer.TextPicture;
import org.sportello.devices.printer.TicketPrintout;

/**
 * Lays a {@link TicketPrintout} out for one printer profile and returns the ESC/POS bytes:
 * logo, office, service, the number very large, date, queue lines, priority, QR with the ticket
 * id, privacy note, then feed and cut. Text arrives already translated; only the date is
 * formatted here. A ticket in a script the code page lacks arrives with its words drawn: the
 * pictures take the place of those lines, while office, number and date stay printable text.
 */
public final class TicketLayout {
    /**
     * Ticket numbers are printed up to 6× so they read from a metre away; usual codes (up to 7
     * characters) still get at least 4× on 58 mm paper.
     */
    static final int MAX_CODE_MAGNIFICATION = 6;

    private final PrinterProfile profile;
    private final Optional<RasterImage> logo;

    public TicketLayout(PrinterProfile profile, Optional<RasterImage> logo) {
        this.profile = profile;
        this.logo = logo;
        logo.ifPresent(l -> {
            if (l.widthDots() > profile.dotWidth()) {
                throw new IllegalArgumentException("logo " + l + " wider than " + profile.dotWidth() + " dots");
            }
        });
    }

    public byte[] render(TicketPrintout t) {
        CodePage codePage = CodePage.forProfile(profile);
        int columns = profile.columns();
        EscPosBuilder b = new EscPosBuilder().init().codePage(codePage).align(Alignment.CENTER);
        logo.ifPresent(l -> b.raster(l).lineFeed());

        b.bold(true).size(1, 2);
        wrapped(b, t.officeName(), columns);
        b.size(1, 1).bold(false);
        b.line("-".repeat(columns));

        if (t.drawn() != null) {
            picture(b, t.drawn().service());
        } else {
            b.size(2, 2);
            wrapped(b, t.serviceName(), columns / 2);
            b.size(1, 1);
        }
        b.lineFeed();

        int magnification = codeMagnification(t.code());
        b.bold(true).size(magnification, magnification).line(t.code()).size(1, 1).bold(false);
        b.lineFeed();

        wrapped(b, TicketDates.format(t.issuedAt(), t.language()), columns);
        if (t.drawn() != null) {
            picture(b, t.drawn().words());
        } else {
            wrapped(b, t.peopleAheadLine(), columns);
            wrapped(b, t.waitLine(), columns);
            if (!t.priorityLine().isBlank()) {
                b.bold(true);
                wrapped(b, t.priorityLine(), columns);
                b.bold(false);
            }
            wrapped(b, t.counterLine(), columns);
        }
        b.lineFeed();

        if (nonBlank(t.qrPayload())) {
            int module = qrModuleDots();
            if (profile.supportsNativeQr()) {
                b.qr(t.qrPayload(), module, QrErrorCorrection.M);
            } else {
                b.raster(QrRaster.of(t.qrPayload(), module, QrErrorCorrection.M));
            }
            b.lineFeed();
        }

        if (t.drawn() == null) {
            wrapped(b, t.privacyLine(), columns);
        }
        if (profile.hasCutter()) {
            b.feed(2).partialCut(0);
        } else {
            b.feed(4); // past the tear bar
        }
        return b.bytes();
    }

    /**
     * Prints drawn words. A picture wider than this paper (drawn for 80 mm, printed on 58 mm) is shrunk
     * to fit, nearest dot, rather than cut: smaller words still read, missing ones do not.
     */
    private void picture(EscPosBuilder b, TextPicture p) {
        RasterImage drawn = new RasterImage(p.widthBytes(), p.heightDots(), p.data());
        int maxDots = (profile.dotWidth() / 8) * 8;
        if (drawn.widthDots() <= maxDots) {
            b.raster(drawn);
            return;
        }
        double scale = maxDots / (double) drawn.widthDots();
        int height = Math.max(1, (int) Math.round(drawn.heightDots() * scale));
        boolean[][] black = new boolean[height][maxDots];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < maxDots; x++) {
                black[y][x] = drawn.isBlack(Math.min(drawn.widthDots() - 1, (int) (x / scale)),
                        Math.min(drawn.heightDots() - 1, (int) (y / scale)));
            }
        }
        b.raster(RasterImageConverter.pack(black, maxDots, height));
    }

    /** The largest size up to 6× at which the code still fits on one line. */
    int codeMagnification(String code) {
        int fits = profile.dotWidth() / (Math.max(1, code.length()) * PrinterProfile.FONT_A_WIDTH);
        return Math.max(1, Math.min(MAX_CODE_MAGNIFICATION, fits));
    }

    /** About 3 cm of QR on 80 mm paper, a bit less on 58 mm, well above what phone and desk scanners need. */
    int qrModuleDots() {
        return profile.dotWidth() >= 576 ? 6 : 5;
    }

    private void wrapped(EscPosBuilder b, String text, int columns) {
        if (!nonBlank(text)) {
            return;
        }
        String printed = CodePage.forProfile(profile).transliterate(text);
        for (String line : TextWrapper.wrap(printed, Math.max(1, columns))) {
            b.line(line);
        }
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }
}
