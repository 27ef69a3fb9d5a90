package org.sportello.devices.printer.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code as a raster image, for printers without native QR ({@code GS ( k}): the host encodes
 * the symbol and sends it as dots instead. Same model 2 symbol, same module size.
 */
public final class QrRaster {
    private QrRaster() {
    }

    public static RasterImage of(String payload, int moduleDots, QrErrorCorrection correction) {
        try {
            var qr = Encoder.encode(payload, ErrorCorrectionLevel.valueOf(correction.name()),
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name()));
            ByteMatrix modules = qr.getMatrix();
            int size = modules.getWidth() * moduleDots;
            boolean[][] black = new boolean[size][size];
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    black[y][x] = modules.get(x / moduleDots, y / moduleDots) == 1;
                }
            }
            return RasterImageConverter.pack(black, size, size);
        } catch (WriterException e) {
            throw new IllegalArgumentException("payload does not fit a QR code: " + e.getMessage(), e);
        }
    }
}
