package org.sportello.devices.printer.virtual;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * The characters received since the last line feed, each with the size and weight in force when
 * it arrived. Printing renders them in font A cells (12 × 24 dots, scaled by GS ! magnification)
 * on a common baseline, justified as ESC a says.
 */
final class TextLine {
    static final int CELL_WIDTH = 12;
    static final int CELL_HEIGHT = 24;
    /** Default line spacing of 203 dpi Epson thermal printers (3.75 mm). */
    static final int LINE_SPACING = 30;

    /**
     * Made on the first line printed, not when the printer is: a font starts AWT (its toolkit, native
     * library and graphics environment), which a kiosk's first screen does not need (issue 15).
     */
    private static final class Fonts {
        static final Font REGULAR = new Font(Font.MONOSPACED, Font.PLAIN, 20);
        static final Font BOLD = REGULAR.deriveFont(Font.BOLD);
    }

    private record Glyph(char c, int widthMag, int heightMag, boolean bold) {
        int width() {
            return CELL_WIDTH * widthMag;
        }

        int height() {
            return CELL_HEIGHT * heightMag;
        }
    }

    private final List<Glyph> glyphs = new ArrayList<>();

    boolean isEmpty() {
        return glyphs.isEmpty();
    }

    int widthDots() {
        return glyphs.stream().mapToInt(Glyph::width).sum();
    }

    /** True if the character fits; a full line must be printed first, as the printer wraps. */
    boolean fits(int widthMag, int dotWidth) {
        return widthDots() + CELL_WIDTH * widthMag <= dotWidth;
    }

    void add(char c, int widthMag, int heightMag, boolean bold) {
        glyphs.add(new Glyph(c, widthMag, heightMag, bold));
    }

    void clear() {
        glyphs.clear();
    }

    String text() {
        StringBuilder s = new StringBuilder();
        glyphs.forEach(g -> s.append(g.c));
        return s.toString();
    }

    /** Prints the line onto the roll (one line feed's worth of paper) and empties it. */
    void printOn(PaperRoll roll, int alignment) {
        int tallest = glyphs.stream().mapToInt(Glyph::height).max().orElse(CELL_HEIGHT);
        int bandHeight = Math.max(LINE_SPACING, tallest + (LINE_SPACING - CELL_HEIGHT));
        Graphics2D g = roll.newBand(bandHeight);
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            int x = switch (alignment) {
                case 1 -> (roll.dotWidth() - widthDots()) / 2;
                case 2 -> roll.dotWidth() - widthDots();
                default -> 0;
            };
            for (Glyph glyph : glyphs) {
                draw(g, glyph, x, tallest);
                x += glyph.width();
            }
        } finally {
            g.dispose();
        }
        roll.addText(text().stripTrailing());
        glyphs.clear();
    }

    private static void draw(Graphics2D g, Glyph glyph, int x, int baselineCell) {
        AffineTransform saved = g.getTransform();
        // The cell's bottom sits on the line's bottom, so mixed sizes share a baseline.
        g.translate(x, baselineCell - glyph.height());
        g.scale(glyph.widthMag, glyph.heightMag);
        Font font = glyph.bold ? Fonts.BOLD : Fonts.REGULAR;
        g.setFont(font);
        var metrics = g.getFontMetrics();
        int inset = (CELL_WIDTH - metrics.charWidth(glyph.c)) / 2;
        g.drawString(String.valueOf(glyph.c), Math.max(0, inset), CELL_HEIGHT - metrics.getDescent());
        g.setTransform(saved);
    }
}
