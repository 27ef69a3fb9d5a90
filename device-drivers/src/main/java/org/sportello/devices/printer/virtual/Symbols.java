package org.sportello.devices.printer.virtual;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Bar patterns for the symbols the printer draws itself. The printer receives data, not bars, so
 * the virtual one encodes it the way a printer's firmware would, with ZXing's encoders.
 */
final class Symbols {
    private Symbols() {
    }

    /**
     * The text a GS k 73 data block stands for. "{A"/"{B" switch code sets, "{C" makes each
     * following byte a pair of digits, "{{" is a literal brace; function codes carry no text.
     */
    static Optional<String> code128Content(byte[] data) {
        StringBuilder text = new StringBuilder();
        boolean codeC = false;
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            if (b == '{' && i + 1 < data.length) {
                int next = data[++i] & 0xFF;
                switch (next) {
                    case 'A', 'B' -> codeC = false;
                    case 'C' -> codeC = true;
                    case '{' -> text.append('{');
                    default -> { } // {S shift and {1..{4 function codes: no text of their own
                }
            } else if (codeC) {
                if (b > 99) {
                    return Optional.empty();
                }
                text.append(String.format("%02d", b));
            } else {
                text.append((char) b);
            }
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text.toString());
    }

    /** Module pattern (true = bar), start to stop, no quiet zone. */
    static boolean[] code128Modules(String content) {
        return new Code128Writer().encode(content);
    }

    /** Model 2 QR modules for the stored bytes, read one byte per character as the printer does. */
    static ByteMatrix qrModules(byte[] data, int correctionLevel) throws WriterException {
        ErrorCorrectionLevel level = switch (correctionLevel) {
            case 49 -> ErrorCorrectionLevel.M;
            case 50 -> ErrorCorrectionLevel.Q;
            case 51 -> ErrorCorrectionLevel.H;
            default -> ErrorCorrectionLevel.L;
        };
        String content = new String(data, StandardCharsets.ISO_8859_1);
        return Encoder.encode(content, level, Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name()))
                .getMatrix();
    }
}
