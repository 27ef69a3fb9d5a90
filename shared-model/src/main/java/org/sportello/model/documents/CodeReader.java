package org.sportello.model.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
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
        boolean qr = codes.stream().anyMatch(c -> c.symbology() == ScannedCode.Symbology.QR_CODE);
        boolean bars = codes.stream().anyMatch(c -> c.symbology() == ScannedCode.Symbology.CODE_128);
        if (!qr || !bars) {
            Set<ScannedCode> more = new LinkedHashSet<>(codes);
            more.addAll(decode(halfTurn(page)));
            codes = List.copyOf(more);
        }
        return codes;
    }

    /**
     * QR codes and Code 128 are looked for separately over the whole page: ZXing's generic
     * multiple-code reader, after its first find, searches only the page's parts beside that code
     * and can miss the second symbol.
     */
    private static List<ScannedCode> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image)));
        List<ScannedCode> out = new ArrayList<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints(BarcodeFormat.QR_CODE))) {
                out.add(new ScannedCode(ScannedCode.Symbology.QR_CODE, r.getText()));
            }
        } catch (NotFoundException e) {
            // no QR on this page: said by the caller, who knows what was expected
        }
        try {
            Result[] bars = new GenericMultipleBarcodeReader(new MultiFormatReader())
                    .decodeMultiple(bitmap, hints(BarcodeFormat.CODE_128));
            for (Result r : bars) {
                out.add(new ScannedCode(ScannedCode.Symbology.CODE_128, r.getText()));
            }
        } catch (NotFoundException e) {
            // no barcode either
        }
        return out;
    }

    private static Map<DecodeHintType, Object> hints(BarcodeFormat format) {
        return Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, Boolean.TRUE);
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
