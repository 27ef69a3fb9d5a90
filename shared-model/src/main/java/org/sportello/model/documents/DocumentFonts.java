package org.sportello.model.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * DejaVu Sans, shipped in the jar (licence beside it) and embedded as a subset in every PDF: the
 * documents look the same on any viewer and cover every Italian and European accented letter,
 * which the 14 standard PDF fonts do not guarantee.
 */
final class DocumentFonts {
    private static final String DIR = "/org/sportello/model/documents/fonts/";
    private static final byte[] REGULAR = load("DejaVuSans.ttf");
    private static final byte[] BOLD = load("DejaVuSans-Bold.ttf");

    final BaseFont regular;
    final BaseFont bold;

    DocumentFonts() {
        this.regular = font("DejaVuSans.ttf", REGULAR);
        this.bold = font("DejaVuSans-Bold.ttf", BOLD);
    }

    private static BaseFont font(String name, byte[] bytes) {
        try {
            // Identity-H: Unicode text; EMBEDDED: subset embedded, so nothing depends on the reader's fonts.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String file) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
