package org.sportello.model.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.openpdf.text.pdf.PdfContentByte;

/**
 * Draws the QR code and the Code 128 barcode as vector rectangles: sharp at any printer resolution,
 * and the same modules ZXing reads back.
 */
final class CodeSymbols {
    private CodeSymbols() {
    }

    /** QR at level M: survives a stamp or a fold across a corner, still small for ~160 characters. */
    static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                            EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for: " + text, e);
        }
    }

    static boolean[] code128(String text) {
        return new Code128Writer().encode(text);
    }

    /** Draws the QR with its lower-left corner at (x, y), {@code size} points wide. */
    static void drawQr(PdfContentByte cb, BitMatrix matrix, float x, float y, float size) {
        float module = size / matrix.getWidth();
        cb.saveState();
        cb.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    // PDF's y axis points up; the matrix's row 0 is the top.
                    cb.rectangle(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        cb.fill();
        cb.restoreState();
    }

    /** Draws Code 128 bars with the lower-left corner at (x, y); returns the width used. */
    static float drawCode128(PdfContentByte cb, boolean[] bars, float x, float y, float module, float height) {
        cb.saveState();
        cb.setRGBColorFill(0, 0, 0);
        int i = 0;
        while (i < bars.length) {
            if (bars[i]) {
                int start = i;
                while (i < bars.length && bars[i]) {
                    i++;
                }
                cb.rectangle(x + start * module, y, (i - start) * module, height);
            } else {
                i++;
            }
        }
        cb.fill();
        cb.restoreState();
        return bars.length * module;
    }
}
