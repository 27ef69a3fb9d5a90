package org.sportello.devices.printer;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/** Lets ZXing read a rendered ticket; avoids pulling in zxing-javase for one small class. */
public final class ImageLuminance extends LuminanceSource {
    private final byte[] luminance;

    public ImageLuminance(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        luminance = new byte[image.getWidth() * image.getHeight()];
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int gray = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                luminance[y * image.getWidth() + x] = (byte) gray;
            }
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        byte[] out = row != null && row.length >= getWidth() ? row : new byte[getWidth()];
        System.arraycopy(luminance, y * getWidth(), out, 0, getWidth());
        return out;
    }

    @Override
    public byte[] getMatrix() {
        return luminance.clone();
    }
}
