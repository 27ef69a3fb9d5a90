package org.sportello.kiosk.printer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import org.sportello.devices.printer.TextPicture;
import org.sportello.kiosk.language.KioskFonts;
import org.sportello.kiosk.language.KioskLanguage;

/**
 * Draws the citizen's words for a ticket as 1-bit pictures the width of 80 mm paper (576 dots at
 * 203 dpi), with the kiosk's own fonts: Java 2D shapes Arabic and lays out right-to-left text, and
 * wraps at word (or, in Chinese, character) boundaries. A thermal dot is black or white, so the
 * anti-aliased drawing is cut at mid-grey.
 */
public final class TicketPictures {
    public static final int PAPER_DOTS = 576;
    /** Font A is 24 dots high: the words come out the size of the printed lines around them. */
    private static final float WORDS_SIZE = 25f;
    private static final float SERVICE_SIZE = 40f;
    private static final int GAP = 8;
    /** Printed lines keep clear of the paper's edges, as font A lines do. */
    private static final int MARGIN = 16;

    /** One paragraph to draw; {@code bold} for the service and the priority. */
    public record Paragraph(String text, boolean bold, boolean large) {
    }

    public TextPicture service(KioskLanguage language, String name) {
        return draw(language, List.of(new Paragraph(name, true, true)));
    }

    public TextPicture draw(KioskLanguage language, List<Paragraph> paragraphs) {
        FontRenderContext frc = new FontRenderContext(null, true, true);
        record Line(TextLayout layout, float gapBefore) {
        }
        List<Line> lines = new ArrayList<>();
        float height = 0;
        boolean first = true;
        for (Paragraph p : paragraphs) {
            if (p.text() == null || p.text().isBlank()) {
                continue;
            }
            float size = p.large() ? SERVICE_SIZE : WORDS_SIZE;
            AttributedString text = new AttributedString(p.text());
            // Each character in a font that has it: Chinese words, Latin digits.
            for (int i = 0; i < p.text().length(); ) {
                int c = p.text().codePointAt(i);
                int next = i + Character.charCount(c);
                text.addAttribute(TextAttribute.FONT, KioskFonts.awtFontFor(language, p.bold(), size, c), i, next);
                i = next;
            }
            text.addAttribute(TextAttribute.RUN_DIRECTION,
                    language.rightToLeft() ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
            LineBreakMeasurer measurer = new LineBreakMeasurer(text.getIterator(), frc);
            float gap = first ? 0 : GAP;
            while (measurer.getPosition() < p.text().length()) {
                TextLayout layout = measurer.nextLayout(PAPER_DOTS - 2 * MARGIN);
                lines.add(new Line(layout, gap));
                height += gap + layout.getAscent() + layout.getDescent() + layout.getLeading();
                gap = 0;
            }
            first = false;
        }
        int h = Math.max(1, (int) Math.ceil(height) + 4);
        BufferedImage image = new BufferedImage(PAPER_DOTS, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, PAPER_DOTS, h);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            float y = 2;
            for (Line line : lines) {
                TextLayout l = line.layout();
                y += line.gapBefore() + l.getAscent();
                // Centred like the printed lines; the layout's own direction orders the words inside.
                float x = (PAPER_DOTS - l.getVisibleAdvance()) / 2f;
                l.draw(g, x, y);
                y += l.getDescent() + l.getLeading();
            }
        } finally {
            g.dispose();
        }
        return oneBit(image);
    }

    private static TextPicture oneBit(BufferedImage image) {
        int widthBytes = (image.getWidth() + 7) / 8;
        byte[] data = new byte[widthBytes * image.getHeight()];
        var raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (raster.getSample(x, y, 0) < 128) {
                    data[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new TextPicture(widthBytes, image.getHeight(), data);
    }
}
