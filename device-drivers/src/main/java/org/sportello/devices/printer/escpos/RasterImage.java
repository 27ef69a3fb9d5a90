package org.sportello.devices.printer.escpos;

import java.util.Arrays;

/**
 * A 1-bit image in the layout {@code GS v 0} expects: rows top to bottom, each row
 * {@code widthBytes} bytes, most significant bit = leftmost dot, 1 = black.
 */
public record RasterImage(int widthBytes, int heightDots, byte[] data) {
    public RasterImage {
        if (widthBytes <= 0 || heightDots <= 0) {
            throw new IllegalArgumentException("empty raster image");
        }
        if (data.length != widthBytes * heightDots) {
            throw new IllegalArgumentException("raster data is " + data.length + " bytes, expected "
                    + widthBytes * heightDots);
        }
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int widthDots() {
        return widthBytes * 8;
    }

    public boolean isBlack(int x, int y) {
        int b = data[y * widthBytes + x / 8] & 0xFF;
        return (b & (0x80 >> (x % 8))) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RasterImage r && r.widthBytes == widthBytes && r.heightDots == heightDots
                && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * widthBytes + heightDots) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "RasterImage[" + widthDots() + "x" + heightDots + " dots]";
    }
}
