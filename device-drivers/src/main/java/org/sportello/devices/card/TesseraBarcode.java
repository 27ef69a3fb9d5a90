package org.sportello.devices.card;

import java.time.Clock;
import java.util.List;

/**
 * The Code 39 barcode on the back of the Tessera Sanitaria carries the codice fiscale alone. A
 * scanner may be set to send Code 39's '*' start/stop characters, an AIM prefix (]A0) or a line
 * end; those are stripped here so any scanner setup works.
 */
public final class TesseraBarcode {
    private TesseraBarcode() {
    }

    public static CardRead decode(String scanned, Clock clock) {
        if (scanned == null || scanned.isBlank()) {
            return CardRead.failed(CardSource.BARCODE, CardReadError.UNREADABLE_DATA, "empty scan");
        }
        String text = scanned.strip();
        if (text.startsWith("]A")) {
            // AIM symbology identifier for Code 39 (]A0..]A7), added by some scanners.
            text = text.length() >= 3 ? text.substring(3) : "";
        }
        if (text.length() >= 2 && text.startsWith("*") && text.endsWith("*")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.length() != 16) {
            return CardRead.failed(CardSource.BARCODE, CardReadError.NO_CODICE_FISCALE,
                    "a Tessera Sanitaria barcode holds 16 characters, got " + text.length());
        }
        return CodiceFiscaleCandidates.pick(List.of(text), CardSource.BARCODE, clock);
    }
}
