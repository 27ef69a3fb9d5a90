package org.sportello.devices.printer.escpos;

import org.sportello.devices.printer.OfferSlip;

/**
 * Lays an {@link OfferSlip} out for one printer profile, in the manner of {@link DocumentReceiptLayout}:
 * office and heading centred, the offer's title large, then each labelled paragraph left-aligned so
 * longer texts (how to apply) read like a note, the QR with the offer's id and its caption, footer,
 * feed and cut.
 */
public final class OfferSlipLayout {
    private final PrinterProfile profile;

    public OfferSlipLayout(PrinterProfile profile) {
        this.profile = profile;
    }

    public byte[] render(OfferSlip s) {
        CodePage codePage = CodePage.forProfile(profile);
        int columns = profile.columns();
        EscPosBuilder b = new EscPosBuilder().init().codePage(codePage).align(Alignment.CENTER);
        b.bold(true);
        wrapped(b, s.officeName(), columns);
        b.bold(false);
        b.line("-".repeat(columns));
        wrapped(b, s.heading(), columns);
        b.lineFeed();
        b.size(1, 2).bold(true);
        wrapped(b, s.title(), columns);
        b.size(1, 1).bold(false);
        b.lineFeed();
        b.align(Alignment.LEFT);
        for (OfferSlip.Line line : s.lines()) {
            if (line.text().isBlank()) {
                continue;
            }
            b.bold(true);
            wrapped(b, line.label(), columns);
            b.bold(false);
            wrapped(b, line.text(), columns);
            b.lineFeed();
        }
        b.align(Alignment.CENTER);
        // An offer id is short: the ticket's module size keeps the code small but easy to scan.
        int module = profile.dotWidth() >= 576 ? 6 : 4;
        if (profile.supportsNativeQr()) {
            b.qr(s.qrPayload(), module, QrErrorCorrection.M);
        } else {
            b.raster(QrRaster.of(s.qrPayload(), module, QrErrorCorrection.M));
        }
        wrapped(b, s.qrCaption(), columns);
        b.lineFeed();
        wrapped(b, s.footerLine(), columns);
        if (profile.hasCutter()) {
            b.feed(2).partialCut(0);
        } else {
            b.feed(4);
        }
        return b.bytes();
    }

    private void wrapped(EscPosBuilder b, String text, int columns) {
        if (text == null || text.isBlank()) {
            return;
        }
        String printed = CodePage.forProfile(profile).transliterate(text);
        for (String paragraph : printed.split("\n")) {
            for (String line : TextWrapper.wrap(paragraph, Math.max(1, columns))) {
                b.line(line);
            }
        }
    }
}
