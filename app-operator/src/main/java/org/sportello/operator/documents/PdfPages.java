package org.sportello.operator.documents;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** A PDF's pages as pictures for the preview, drawn by PDFBox (as the code reader draws them). */
public final class PdfPages {
    /** Enough to read the letterhead and see the codes on a desk screen; an A4 page is ~830 x 1170 px. */
    public static final float PREVIEW_DPI = 100;

    private PdfPages() {
    }

    public static List<BufferedImage> render(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return List.copyOf(pages);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the document's pages", e);
        }
    }
}
