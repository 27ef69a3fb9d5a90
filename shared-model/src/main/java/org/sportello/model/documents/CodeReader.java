package org.sportello.model.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Finds the QR and Code 128 symbols on a page image or on every page of a PDF (rendered with PDFBox
 * at {@value #PDF_DPI} dpi, the resolution office scanners use). A page found upside down is read
 * again turned round, since ZXing's 1D readers need the bars the right way.
 */
public final class CodeReader {
    static final int PDF_DPI = 200;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    /** Every distinct code on the file's pages, in reading order. Unreadable files throw IOException. */
    public List<ScannedCode> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<BufferedImage> pages = new ArrayList<>();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    pages.add(renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY));
                }
            }
        } else {
            if (!Files.isRegularFile(file)) {
                throw new IOException("no such file: " + file);
            }
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                throw new IOException("not an image or PDF this reader knows (PNG, JPEG, GIF, BMP, PDF): " + file);
            }
            pages.add(image);
        }
        Set<ScannedCode> found = new LinkedHashSet<>();
        for (BufferedImage page : pages) {
            found.addAll(read(page));
        }
        return List.copyOf(found);
    }

    public List<ScannedCode> read(BufferedImage page) {
        List<ScannedCode> codes = decode(page);
        if (codes.stream().noneMatch(c -> c.symbology() == ScannedCode.Symbology.CODE_128)) {
            Set<ScannedCode> more = new LinkedHashSet<>(codes);
            more.addAll(decode(halfTurn(page)));
            codes = List.copyOf(more);
        }
        return codes;
    }

    private static List<ScannedCode> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
        try {
            Result[] results = new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap, HINTS);
            List<ScannedCode> out = new ArrayList<>();
            for (Result r : results) {
                ScannedCode.Symbology s = r.getBarcodeFormat() == BarcodeFormat.QR_CODE
                        ? ScannedCode.Symbology.QR_CODE : ScannedCode.Symbology.CODE_128;
                out.add(new ScannedCode(s, r.getText()));
            }
            return out;
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    private static BufferedImage halfTurn(BufferedImage image) {
        AffineTransform turn = AffineTransform.getRotateInstance(Math.PI, image.getWidth() / 2.0,
                image.getHeight() / 2.0);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(image), out);
        return out;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(image, 0, 0, null);
        return rgb;
    }
}
