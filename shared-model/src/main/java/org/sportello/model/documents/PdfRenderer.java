package org.sportello.model.documents;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;
import org.sportello.model.seal.SealPayload;

/**
 * Lays a {@link DocumentSheet} out on A4 with OpenPDF: letterhead and protocol box with Code 128 on
 * top, the body, the signature, and the QR seal with its explanation at the foot of every page.
 */
public final class PdfRenderer {
    private static final float MARGIN_X = 62;
    private static final float TOP = 150;
    private static final float BOTTOM = 150;
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final Color ACCENT = new Color(0x0B, 0x3D, 0x6E);
    private static final Color RULE = new Color(0xB8, 0xC2, 0xCC);
    private static final Color HEADER_FILL = new Color(0xE8, 0xEE, 0xF4);
    private static final Color STAMP = new Color(0x1F, 0x3F, 0xA8);
    /** Code 128 module width in points: ~0.35 mm, wide enough for a 200 dpi scan. */
    private static final float BAR_MODULE = 1.0f;
    private static final float QR_SIZE = 92;

    public byte[] render(DocumentSheet sheet, SealPayload seal) {
        if (!seal.number().equals(sheet.number()) || !seal.hash().equals(sheet.hash())) {
            throw new IllegalArgumentException("the seal belongs to another document");
        }
        DocumentFonts fonts = new DocumentFonts();
        DocumentTexts t = new DocumentTexts(sheet.locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, MARGIN_X, MARGIN_X, TOP, BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.setPageEvent(new PageFrame(sheet, seal, fonts, t));
        pdf.addTitle(sheet.title() + " - " + sheet.number().format());
        pdf.addAuthor(sheet.letterhead().officeName());
        pdf.addSubject(sheet.number().format());
        pdf.addCreator("Sportello");
        pdf.open();

        Paragraph title = new Paragraph(sheet.title(), new Font(fonts.bold, 15, Font.NORMAL, ACCENT));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(20);
        pdf.add(title);
        Font body = new Font(fonts.regular, 10.5f, Font.NORMAL, INK);
        for (Block block : sheet.blocks()) {
            switch (block) {
                case Block.Paragraph p -> {
                    Paragraph para = new Paragraph(15, p.text(), body);
                    para.setAlignment(Element.ALIGN_JUSTIFIED);
                    para.setSpacingAfter(10);
                    pdf.add(para);
                }
                case Block.Fields f -> pdf.add(fields(f, fonts));
                case Block.Table table -> pdf.add(table(table, fonts));
                case Block.Stamp s -> pdf.add(stamp(s, fonts));
                case Block.Signatures s -> pdf.add(signatures(s, fonts));
            }
        }
        pdf.add(signature(sheet, fonts, t));
        pdf.close();
        return out.toByteArray();
    }

    private static PdfPTable fields(Block.Fields f, DocumentFonts fonts) {
        PdfPTable table = new PdfPTable(new float[] {34, 66});
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(12);
        Font label = new Font(fonts.regular, 9.5f, Font.NORMAL, MUTED);
        Font value = new Font(fonts.bold, 10.5f, Font.NORMAL, INK);
        for (Block.Field field : f.fields()) {
            table.addCell(plainCell(new Phrase(field.label(), label), 4));
            table.addCell(plainCell(new Phrase(field.value(), value), 4));
        }
        return table;
    }

    private static PdfPTable table(Block.Table t, DocumentFonts fonts) {
        PdfPTable table = new PdfPTable(t.headers().size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(14);
        table.setHeaderRows(1);
        if (t.headers().size() == 4) {
            table.setWidths(new float[] {15, 20, 38, 27});
        } else if (t.headers().size() == 2) {
            table.setWidths(new float[] {8, 92});
        }
        Font head = new Font(fonts.bold, 9, Font.NORMAL, ACCENT);
        Font cellFont = new Font(fonts.regular, 9.5f, Font.NORMAL, INK);
        for (String h : t.headers()) {
            PdfPCell cell = gridCell(new Phrase(h, head));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        for (var row : t.rows()) {
            for (String value : row) {
                table.addCell(gridCell(new Phrase(value, cellFont)));
            }
        }
        return table;
    }

    private static PdfPTable stamp(Block.Stamp s, DocumentFonts fonts) {
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth(230);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.setSpacingBefore(6);
        table.setSpacingAfter(14);
        PdfPCell cell = new PdfPCell();
        for (int i = 0; i < s.lines().size(); i++) {
            // The third line is the date-time: the part of a rubber stamp the eye looks for.
            boolean strong = i == 2;
            Font f = new Font(strong ? fonts.bold : fonts.regular, strong ? 13 : 8.5f, Font.NORMAL, STAMP);
            Paragraph line = new Paragraph(strong ? 17 : 11, s.lines().get(i), f);
            line.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(line);
        }
        cell.setBorderColor(STAMP);
        cell.setBorderWidth(2.2f);
        cell.setPadding(8);
        cell.setPaddingBottom(11);
        table.addCell(cell);
        return table;
    }

    private static PdfPTable signatures(Block.Signatures s, DocumentFonts fonts) {
        PdfPTable table = new PdfPTable(Math.max(1, s.parties().size()));
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(8);
        table.setKeepTogether(true);
        Font muted = new Font(fonts.regular, 9.5f, Font.NORMAL, MUTED);
        for (String party : s.parties()) {
            PdfPCell cell = new PdfPCell();
            Paragraph label = new Paragraph(13, party, muted);
            label.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(label);
            // Room for a signature by hand, then its line.
            Paragraph line = new Paragraph(40, "______________________________", muted);
            line.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(line);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    private static PdfPTable signature(DocumentSheet sheet, DocumentFonts fonts, DocumentTexts t) {
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        Font regular = new Font(fonts.regular, 10.5f, Font.NORMAL, INK);
        Font muted = new Font(fonts.regular, 9.5f, Font.NORMAL, MUTED);
        table.addCell(plainCell(new Phrase(t.text("signature.place.date", sheet.letterhead().town(),
                t.date(sheet.issuedAt().toLocalDate())), regular), 2));
        Paragraph who = new Paragraph();
        Paragraph role = new Paragraph(13, t.text("signature.role"), muted);
        role.setAlignment(Element.ALIGN_CENTER);
        who.add(role);
        Paragraph name = new Paragraph(26, sheet.signer() == null ? "" : sheet.signer(),
                new Font(fonts.regular, 11, Font.ITALIC, INK));
        name.setAlignment(Element.ALIGN_CENTER);
        who.add(name);
        PdfPCell right = new PdfPCell();
        right.addElement(who);
        right.setBorder(Rectangle.NO_BORDER);
        table.addCell(right);
        return table;
    }

    private static PdfPCell plainCell(Phrase phrase, float padding) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(padding);
        return cell;
    }

    private static PdfPCell gridCell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(5);
        cell.setPaddingBottom(6);
        return cell;
    }

    /** Letterhead, protocol box and seal, drawn on every page. */
    private static final class PageFrame extends PdfPageEventHelper {
        private final DocumentSheet sheet;
        private final SealPayload seal;
        private final DocumentFonts fonts;
        private final DocumentTexts t;
        private final BitMatrix qr;
        private final boolean[] bars;

        PageFrame(DocumentSheet sheet, SealPayload seal, DocumentFonts fonts, DocumentTexts t) {
            this.sheet = sheet;
            this.seal = seal;
            this.fonts = fonts;
            this.t = t;
            this.qr = CodeSymbols.qr(seal.encode());
            this.bars = CodeSymbols.code128(sheet.number().format());
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = MARGIN_X;
            float right = page.getWidth() - MARGIN_X;
            float top = page.getHeight() - 44;
            letterhead(cb, left, top);
            protocolBox(cb, right, top);
            rule(cb, left, right, page.getHeight() - TOP + 22, ACCENT, 1.2f);
            footer(cb, writer, left, right);
            if (sheet.sample()) {
                watermark(cb, page);
            }
        }

        private void letterhead(PdfContentByte cb, float left, float top) {
            cb.saveState();
            cb.setColorFill(ACCENT);
            cb.rectangle(left, top - 46, 5, 52);
            cb.fill();
            cb.restoreState();
            text(cb, fonts.bold, 13.5f, ACCENT, sheet.letterhead().officeName(), left + 14, top - 8, Element.ALIGN_LEFT);
            text(cb, fonts.regular, 9, MUTED, sheet.letterhead().address(), left + 14, top - 24, Element.ALIGN_LEFT);
            text(cb, fonts.regular, 8, MUTED, sheet.letterhead().officeCode(), left + 14, top - 38, Element.ALIGN_LEFT);
        }

        private void protocolBox(PdfContentByte cb, float right, float top) {
            ZonedDateTime at = sheet.issuedAt();
            text(cb, fonts.regular, 8.5f, MUTED, t.text("header.protocol"), right - 172, top - 8, Element.ALIGN_LEFT);
            text(cb, fonts.bold, 11, INK, sheet.number().format(), right, top - 8, Element.ALIGN_RIGHT);
            text(cb, fonts.regular, 8.5f, MUTED, t.text("header.date"), right - 172, top - 22, Element.ALIGN_LEFT);
            text(cb, fonts.regular, 9.5f, INK, t.dateTime(at), right, top - 22, Element.ALIGN_RIGHT);
            float width = bars.length * BAR_MODULE;
            CodeSymbols.drawCode128(cb, bars, right - width, top - 62, BAR_MODULE, 30);
        }

        private void footer(PdfContentByte cb, PdfWriter writer, float left, float right) {
            float base = 34;
            rule(cb, left, right, base + QR_SIZE + 14, RULE, 0.6f);
            CodeSymbols.drawQr(cb, qr, left, base, QR_SIZE);
            ColumnText column = new ColumnText(cb);
            column.setSimpleColumn(left + QR_SIZE + 16, base - 4, right, base + QR_SIZE + 4);
            Paragraph head = new Paragraph(11, t.text("seal.title"), new Font(fonts.bold, 8.5f, Font.NORMAL, ACCENT));
            column.addElement(head);
            column.addElement(new Paragraph(10.5f, t.text("seal.text", sheet.letterhead().officeName()),
                    new Font(fonts.regular, 7.8f, Font.NORMAL, MUTED)));
            Paragraph hash = new Paragraph(9.5f, t.text("seal.hash", seal.hash().hex()),
                    new Font(fonts.regular, 6.6f, Font.NORMAL, MUTED));
            hash.setSpacingBefore(3);
            column.addElement(hash);
            column.go();
            text(cb, fonts.regular, 7.5f, MUTED, t.text("header.page", writer.getPageNumber()) + "  \u00b7  "
                    + sheet.number().format(), right, 20, Element.ALIGN_RIGHT);
        }

        private void watermark(PdfContentByte cb, Rectangle page) {
            cb.saveState();
            PdfGState faint = new PdfGState();
            faint.setFillOpacity(0.13f);
            cb.setGState(faint);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    new Phrase(t.text("sample.watermark"), new Font(fonts.bold, 46, Font.NORMAL, Color.RED)),
                    page.getWidth() / 2, page.getHeight() / 2 - 40, 40);
            cb.restoreState();
        }

        private static void rule(PdfContentByte cb, float from, float to, float y, Color color, float width) {
            cb.saveState();
            cb.setColorStroke(color);
            cb.setLineWidth(width);
            cb.moveTo(from, y);
            cb.lineTo(to, y);
            cb.stroke();
            cb.restoreState();
        }

        private static void text(PdfContentByte cb, BaseFont font, float size, Color color, String s, float x,
                                 float y, int align) {
            ColumnText.showTextAligned(cb, align, new Phrase(s, new Font(font, size, Font.NORMAL, color)), x, y, 0);
        }
    }
}
