package org.sportello.devices.printer.escpos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Turns a logo (PNG) into a {@link RasterImage} a thermal head can print: flattened on white
 * paper, shrunk to the printable width, grayscale, then Floyd–Steinberg dithered, because a
 * thermal dot is either black or white and plain thresholding would turn grey areas into blots.
 */
public final class RasterImageConverter {
    private static final int THRESHOLD = 128;

    private RasterImageConverter() {
    }

    public static RasterImage fromPng(byte[] png, int maxWidthDots) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("not a readable image (PNG expected)");
        }
        return fromImage(image, maxWidthDots);
    }

    public static RasterImage fromImage(BufferedImage source, int maxWidthDots) {
        // GS v 0 counts width in whole bytes; rounding the limit down keeps the padding on paper.
        int widthLimit = (maxWidthDots / 8) * 8;
        if (widthLimit <= 0) {
            throw new IllegalArgumentException("printable width below one byte: " + maxWidthDots);
        }
        int width = Math.min(source.getWidth(), widthLimit);
        int height = Math.max(1, (int) Math.round(source.getHeight() * (double) width / source.getWidth()));
        float[][] gray = grayscaleOnWhite(source, width, height);
        return pack(dither(gray, width, height), width, height);
    }

    private static float[][] grayscaleOnWhite(BufferedImage source, int width, int height) {
        BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        float[][] gray = new float[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = flat.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                gray[y][x] = 0.299f * r + 0.587f * gr + 0.114f * b; // ITU-R BT.601 luma
            }
        }
        return gray;
    }

    /** Floyd–Steinberg: each pixel's rounding error goes 7/16 right, 3/16, 5/16, 1/16 below. */
    static boolean[][] dither(float[][] gray, int width, int height) {
        boolean[][] black = new boolean[height][width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float old = gray[y][x];
                boolean isBlack = old < THRESHOLD;
                black[y][x] = isBlack;
                float error = old - (isBlack ? 0 : 255);
                spread(gray, x + 1, y, error * 7 / 16);
                spread(gray, x - 1, y + 1, error * 3 / 16);
                spread(gray, x, y + 1, error * 5 / 16);
                spread(gray, x + 1, y + 1, error / 16);
            }
        }
        return black;
    }

    private static void spread(float[][] gray, int x, int y, float amount) {
        if (y < gray.length && x >= 0 && x < gray[y].length) {
            gray[y][x] += amount;
        }
    }

    static RasterImage pack(boolean[][] black, int width, int height) {
        int widthBytes = (width + 7) / 8;
        byte[] data = new byte[widthBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (black[y][x]) {
                    data[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new RasterImage(widthBytes, height, data);
    }
}
