package org.sportello.devices.printer.virtual;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper coming out of the virtual printer: printed bands are appended below each other until
 * a cut, which turns them into one ticket image.
 */
final class PaperRoll {
    private final int dotWidth;
    private final List<BufferedImage> bands = new ArrayList<>();
    private final List<String> textLines = new ArrayList<>();

    PaperRoll(int dotWidth) {
        this.dotWidth = dotWidth;
    }

    int dotWidth() {
        return dotWidth;
    }

    /** A fresh white band the full width of the paper, already added to the roll. */
    Graphics2D newBand(int heightDots) {
        BufferedImage band = new BufferedImage(dotWidth, Math.max(1, heightDots), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = band.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, band.getWidth(), band.getHeight());
        g.setColor(Color.BLACK);
        bands.add(band);
        return g;
    }

    void feed(int dots) {
        if (dots > 0) {
            newBand(dots).dispose();
        }
    }

    void addText(String line) {
        textLines.add(line);
    }

    boolean isEmpty() {
        return bands.isEmpty() && textLines.isEmpty();
    }

    /** Everything since the last cut as one image; the roll starts over. */
    PrintedTicket cut() {
        PrintedTicket ticket = snapshot();
        bands.clear();
        textLines.clear();
        return ticket;
    }

    PrintedTicket snapshot() {
        int height = Math.max(1, bands.stream().mapToInt(BufferedImage::getHeight).sum());
        BufferedImage image = new BufferedImage(dotWidth, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dotWidth, height);
            int y = 0;
            for (BufferedImage band : bands) {
                g.drawImage(band, 0, y, null);
                y += band.getHeight();
            }
        } finally {
            g.dispose();
        }
        return new PrintedTicket(image, textLines);
    }
}
