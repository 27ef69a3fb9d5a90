package org.sportello.model.documents;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/** Grey levels of an image for ZXing; avoids zxing-javase for one small class. */
final class ImageLuminance extends LuminanceSource {
    private final byte[] luminance;

    private ImageLuminance(byte[] luminance, int width, int height) {
        super(width, height);
        this.luminance = luminance;
    }

    ImageLuminance(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        int w = image.getWidth();
        luminance = new byte[w * image.getHeight()];
        int[] rgb = image.getRGB(0, 0, w, image.getHeight(), null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            luminance[i] = (byte) ((((p >> 16) & 0xFF) * 299 + ((p >> 8) & 0xFF) * 587 + (p & 0xFF) * 114) / 1000);
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

    /** ZXing's multiple-code reader looks for further codes in the parts of the page around each one found. */
    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int left, int top, int width, int height) {
        byte[] part = new byte[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(luminance, (top + y) * getWidth() + left, part, y * width, width);
        }
        return new ImageLuminance(part, width, height);
    }
}
