package org.sportello.model.documents;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;

/**
 * Marks an archived PDF as a duplicate: every page keeps its content, protocol number and seal
 * untouched, and gets "DUPLICATO / DUPLICATE" across the middle plus a line on top saying when and by
 * whom it was reprinted. Drawn over the page, never over the codes, so the copy still scans back.
 */
final class DuplicateMark {
    private static final Color RED = new Color(0xB0, 0x1E, 0x1E);

    private DuplicateMark() {
    }

    static byte[] apply(byte[] pdf, ZonedDateTime printedAt, String operator) {
        DocumentTexts texts = new DocumentTexts(Locale.ITALIAN);
        DocumentFonts fonts = new DocumentFonts();
        String line = texts.text("duplicate.line", texts.dateTime(printedAt), operator);
        try (PdfReader reader = new PdfReader(pdf)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            PdfStamper stamper = new PdfStamper(reader, out);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.22f);
                over.setGState(faint);
                ColumnText.showTextAligned(over, Element.ALIGN_CENTER,
                        new Phrase(texts.text("duplicate.mark"), new Font(fonts.bold, 40, Font.NORMAL, RED)),
                        size.getWidth() / 2, size.getHeight() / 2 - 20, 35);
                over.restoreState();
                ColumnText.showTextAligned(over, Element.ALIGN_CENTER,
                        new Phrase(line, new Font(fonts.bold, 9, Font.NORMAL, RED)),
                        size.getWidth() / 2, size.getHeight() - 22, 0);
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the archived PDF cannot be read back", e);
        }
    }
}
