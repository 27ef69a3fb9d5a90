package org.sportello.model.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns an issued PDF into what an office scanner hands back: a grey page image at 200–300 dpi, a few
 * degrees askew, with sensor noise and specks, sometimes upside down, saved as PNG, JPEG or an image
 * PDF. The batch-intake benchmark and its tests feed these to {@link CodeReader}; the defects are
 * seeded, so a run can be repeated exactly.
 */
public final class ScanSimulator {
    /** How one page is spoiled. {@code noise} is the standard deviation of grey-level noise (0–255). */
    public record Defects(int dpi, double skewDegrees, boolean upsideDown, double noise, double specksPerMillion,
                          long seed) {
        public static Defects clean(int dpi) {
            return new Defects(dpi, 0, false, 0, 0, 1);
        }
    }

    /** Page {@code pageIndex} (from 0) of the PDF as a scanner would see it. */
    public BufferedImage scan(byte[] pdf, int pageIndex, Defects d) {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(pageIndex, d.dpi(), ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double angle = Math.toRadians(d.skewDegrees() + (d.upsideDown() ? 180 : 0));
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(angle, page.getWidth() / 2.0, page.getHeight() / 2.0),
                null);
        g.dispose();
        spoil(out, d);
        return out;
    }

    private static void spoil(BufferedImage image, Defects d) {
        Random random = new Random(d.seed());
        var raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        if (d.noise() > 0) {
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                raster.getSamples(0, y, w, 1, 0, row);
                for (int x = 0; x < w; x++) {
                    row[x] = Math.clamp(Math.round(row[x] + random.nextGaussian() * d.noise()), 0, 255);
                }
                raster.setSamples(0, y, w, 1, 0, row);
            }
        }
        long specks = Math.round(d.specksPerMillion() * w * (double) h / 1_000_000);
        for (long i = 0; i < specks; i++) {
            // Dust: a dark dot of 1-3 pixels.
            int size = 1 + random.nextInt(3);
            int x0 = random.nextInt(Math.max(1, w - size));
            int y0 = random.nextInt(Math.max(1, h - size));
            for (int y = y0; y < y0 + size; y++) {
                for (int x = x0; x < x0 + size; x++) {
                    raster.setSample(x, y, 0, 20 + random.nextInt(60));
                }
            }
        }
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    /** Scanned pages as one image PDF (JPEG inside, as scanners make them), A4 at the images' resolution. */
    public static byte[] imagePdf(java.util.List<BufferedImage> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject picture = JPEGFactory.createFromImage(doc, image, 0.85f);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer in this JDK");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
