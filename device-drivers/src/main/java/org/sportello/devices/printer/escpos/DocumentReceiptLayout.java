package org.sportello.devices.printer.escpos;

import org.sportello.devices.printer.DocumentReceipt;

/**
 * Lays a {@link DocumentReceipt} out for one printer profile, in the manner of {@link TicketLayout}:
 * office, heading, the document's title, protocol number large and as Code 128, date, masked subject,
 * the seal's QR (the same text as on the A4 document, so any counter can check the receipt), the
 * footer, then feed and cut.
 */
public final class DocumentReceiptLayout {
    private final PrinterProfile profile;

    public DocumentReceiptLayout(PrinterProfile profile) {
        this.profile = profile;
    }

    public byte[] render(DocumentReceipt r) {
        CodePage codePage = CodePage.forProfile(profile);
        int columns = profile.columns();
        EscPosBuilder b = new EscPosBuilder().init().codePage(codePage).align(Alignment.CENTER);
        b.bold(true);
        wrapped(b, r.officeName(), columns);
        b.bold(false);
        b.line("-".repeat(columns));
        b.size(1, 2).bold(true);
        wrapped(b, r.heading(), columns);
        b.size(1, 1).bold(false);
        wrapped(b, r.kindTitle(), columns);
        b.lineFeed();
        b.bold(true).size(1, 2);
        wrapped(b, r.protocolLine(), columns);
        b.size(1, 1).bold(false);
        // Two dots a module: about 0.25 mm, which desk scanners read from a thermal print.
        b.barcodeHeight(60).barcodeModuleWidth(2).barcodeTextPosition(0).code128(r.protocolNumber());
        b.lineFeed();
        wrapped(b, r.dateLine(), columns);
        wrapped(b, r.subjectLine(), columns);
        b.lineFeed();
        // The seal is ~160 characters: a smaller module than the ticket's QR keeps it about 3.5 cm wide.
        int module = profile.dotWidth() >= 576 ? 5 : 4;
        if (profile.supportsNativeQr()) {
            b.qr(r.sealPayload(), module, QrErrorCorrection.M);
        } else {
            b.raster(QrRaster.of(r.sealPayload(), module, QrErrorCorrection.M));
        }
        b.lineFeed();
        wrapped(b, r.footerLine(), columns);
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
        for (String line : TextWrapper.wrap(printed, Math.max(1, columns))) {
            b.line(line);
        }
    }
}
