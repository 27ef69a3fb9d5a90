package org.sportello.devices.printer;

import java.util.Arrays;

/**
 * Words drawn as a 1-bit picture by the app, for a script the printer's character tables cannot
 * print (Arabic, Cyrillic, Chinese): rows top to bottom, {@code widthBytes} bytes a row, most
 * significant bit the leftmost dot, 1 black. The driver prints it as it prints a logo.
 */
public record TextPicture(int widthBytes, int heightDots, byte[] data) {
    public TextPicture {
        if (widthBytes <= 0 || heightDots <= 0 || data.length != widthBytes * heightDots) {
            throw new IllegalArgumentException("picture of " + data.length + " bytes is not " + widthBytes + "x" + heightDots);
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

    @Override
    public boolean equals(Object o) {
        return o instanceof TextPicture p && p.widthBytes == widthBytes && p.heightDots == heightDots
                && Arrays.equals(p.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * widthBytes + heightDots) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "TextPicture[" + widthDots() + "x" + heightDots + " dots]";
    }
}
