package org.sportello.devices.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class RasterImageConverterTest {

    private static BufferedImage filled(int width, int height, Color color, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static int blackDots(RasterImage r, int widthDots) {
        int n = 0;
        for (int y = 0; y < r.heightDots(); y++) {
            for (int x = 0; x < widthDots; x++) {
                n += r.isBlack(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void wideImagesShrinkToThePrintableWidthKeepingProportions() throws IOException {
        RasterImage r = RasterImageConverter.fromPng(png(filled(1000, 500, Color.BLACK, BufferedImage.TYPE_INT_RGB)), 576);
        assertThat(r.widthDots()).isEqualTo(576);
        assertThat(r.heightDots()).isEqualTo(288);
        assertThat(blackDots(r, 576)).isEqualTo(576 * 288);
    }

    @Test
    void widthIsRoundedToWholeBytesWithWhitePadding() {
        RasterImage r = RasterImageConverter.fromImage(filled(13, 2, Color.BLACK, BufferedImage.TYPE_INT_RGB), 576);
        assertThat(r.widthBytes()).isEqualTo(2);
        assertThat(r.data()).containsExactly(0xFF, 0xF8, 0xFF, 0xF8);
    }

    @Test
    void aLimitThatIsNotAWholeByteIsRoundedDown() {
        RasterImage r = RasterImageConverter.fromImage(filled(200, 10, Color.BLACK, BufferedImage.TYPE_INT_RGB), 100);
        assertThat(r.widthDots()).isEqualTo(96);
    }

    @Test
    void midGreyIsDitheredToAboutHalfTheDotsNotThresholdedToOneColour() {
        RasterImage r = RasterImageConverter.fromImage(filled(64, 64, new Color(128, 128, 128),
                BufferedImage.TYPE_INT_RGB), 576);
        double share = blackDots(r, 64) / (64.0 * 64);
        assertThat(share).isBetween(0.4, 0.6);
        // Neighbours alternate somewhere in every row: a pattern, not bands.
        for (int y = 0; y < 64; y++) {
            boolean changes = false;
            for (int x = 1; x < 64; x++) {
                changes |= r.isBlack(x, y) != r.isBlack(x - 1, y);
            }
            assertThat(changes).as("row %d", y).isTrue();
        }
    }

    @Test
    void lightGreyGetsFewDotsAndDarkGreyMany() {
        RasterImage light = RasterImageConverter.fromImage(filled(64, 64, new Color(220, 220, 220), BufferedImage.TYPE_INT_RGB), 576);
        RasterImage dark = RasterImageConverter.fromImage(filled(64, 64, new Color(40, 40, 40), BufferedImage.TYPE_INT_RGB), 576);
        assertThat(blackDots(light, 64)).isLessThan(64 * 64 / 5);
        assertThat(blackDots(dark, 64)).isGreaterThan(64 * 64 * 4 / 5);
    }

    @Test
    void transparentAreasArePaperWhite() throws IOException {
        BufferedImage clear = filled(32, 8, new Color(0, 0, 0, 0), BufferedImage.TYPE_INT_ARGB);
        assertThat(blackDots(RasterImageConverter.fromPng(png(clear), 576), 32)).isZero();
    }

    @Test
    void notAnImageIsAnIOException() {
        assertThatThrownBy(() -> RasterImageConverter.fromPng(new byte[] {1, 2, 3}, 576)).isInstanceOf(IOException.class);
    }

    @Test
    void rasterDataIsCheckedAgainstItsSize() {
        assertThatThrownBy(() -> new RasterImage(2, 2, new byte[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
