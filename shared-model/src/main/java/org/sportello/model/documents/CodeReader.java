package org.sportello.model.documents;

import com.google.zxing.Binarizer;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
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
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Finds the QR and Code 128 symbols on a page image or on every page of a PDF (rendered with PDFBox
 * at {@value #PDF_DPI} dpi, the resolution office scanners use). Scanned pages come skewed, noisy,
 * upside down or sideways: when the first look misses a symbol the page is read again with ZXing's
 * other binarizer and turned round, cheapest tries first, stopping as soon as both symbols are found.
 */
public final class CodeReader {
    public static final int PDF_DPI = 200;

    /** One page of a scanned file, numbered from 1. */
    @FunctionalInterface
    public interface PageVisitor {
        void page(int number, BufferedImage image) throws IOException;
    }

    /** Every distinct code on the file's pages, in reading order. Unreadable files throw IOException. */
    public List<ScannedCode> read(Path file) throws IOException {
        Set<ScannedCode> found = new LinkedHashSet<>();
        eachPage(file, (n, page) -> found.addAll(read(page)));
        return List.copyOf(found);
    }

    /**
     * Hands the file's pages over one at a time (a long scanned PDF never sits in memory whole). PDF
     * pages are rendered in grey at {@value #PDF_DPI} dpi; an image file is one page.
     */
    public void eachPage(Path file, PageVisitor visitor) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                    visitor.page(i + 1, renderer.renderImageWithDPI(i, PDF_DPI, ImageType.GRAY));
                }
            }
            return;
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not an image or PDF this reader knows (PNG, JPEG, TIFF, GIF, BMP, PDF): " + file);
        }
        visitor.page(1, image);
    }

    /** Both symbols when they can be read; see {@link #readForFiling} for the quicker look. */
    public List<ScannedCode> read(BufferedImage page) {
        return read(page, false);
    }

    /**
     * Stops at the first QR code: its seal says everything filing a page needs, and looking on for
     * the bar code of a skewed or noisy scan costs seconds. The Code 128 is still looked for when no
     * QR can be read.
     */
    public List<ScannedCode> readForFiling(BufferedImage page) {
        return read(page, true);
    }

    private List<ScannedCode> read(BufferedImage page, boolean qrIsEnough) {
        Set<ScannedCode> codes = new LinkedHashSet<>();
        List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new,
                GlobalHistogramBinarizer::new);
        // Upright first; then upside down (1D readers need the bars the right way round); sideways last.
        int[] quarterTurns = {0, 2, 1, 3};
        for (int turns : quarterTurns) {
            BufferedImage view = turns == 0 ? page : turn(page, turns);
            for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
                codes.addAll(decode(view, binarizer, !has(codes, ScannedCode.Symbology.QR_CODE)
                        && turns % 2 == 0, !has(codes, ScannedCode.Symbology.CODE_128)));
                boolean qr = has(codes, ScannedCode.Symbology.QR_CODE);
                if (qr && (qrIsEnough || has(codes, ScannedCode.Symbology.CODE_128))) {
                    return List.copyOf(codes);
                }
            }
        }
        return List.copyOf(codes);
    }

    private static boolean has(Set<ScannedCode> codes, ScannedCode.Symbology symbology) {
        return codes.stream().anyMatch(c -> c.symbology() == symbology);
    }

    /**
     * QR codes and Code 128 are looked for separately over the whole page: ZXing's generic
     * multiple-code reader, after its first find, searches only the page's parts beside that code
     * and can miss the second symbol. QR finder patterns work at any angle, so QR is not looked for
     * again on a page turned sideways.
     */
    private static List<ScannedCode> decode(BufferedImage image, Function<LuminanceSource, Binarizer> binarizer,
                                            boolean lookForQr, boolean lookForBars) {
        BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(new ImageLuminance(image)));
        List<ScannedCode> out = new ArrayList<>();
        if (lookForQr) {
            try {
                for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints(BarcodeFormat.QR_CODE))) {
                    out.add(new ScannedCode(ScannedCode.Symbology.QR_CODE, r.getText()));
                }
            } catch (NotFoundException e) {
                // no QR on this page: said by the caller, who knows what was expected
            }
        }
        if (lookForBars) {
            try {
                Result[] bars = new GenericMultipleBarcodeReader(new MultiFormatReader())
                        .decodeMultiple(bitmap, hints(BarcodeFormat.CODE_128));
                for (Result r : bars) {
                    out.add(new ScannedCode(ScannedCode.Symbology.CODE_128, r.getText()));
                }
            } catch (NotFoundException e) {
                // no barcode either
            }
        }
        return out;
    }

    private static Map<DecodeHintType, Object> hints(BarcodeFormat format) {
        return Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, Boolean.TRUE);
    }

    /** The page turned by quarter turns clockwise, in grey (all ZXing looks at). */
    private static BufferedImage turn(BufferedImage image, int quarterTurns) {
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = quarterTurns % 2 == 1;
        AffineTransform t = new AffineTransform();
        if (sideways) {
            t.translate(h / 2.0, w / 2.0);
        } else {
            t.translate(w / 2.0, h / 2.0);
        }
        t.rotate(quarterTurns * Math.PI / 2);
        t.translate(-w / 2.0, -h / 2.0);
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_BYTE_GRAY);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(grey(image), out);
        return out;
    }

    private static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(image, 0, 0, null);
        return g;
    }
}
