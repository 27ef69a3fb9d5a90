package org.sportello.devices.card;

import java.time.Clock;

/**
 * One entry point for text that a wedge device typed at the kiosk: a magnetic stripe swipe starts
 * with a sentinel ('%' or ';'), anything else is taken as the Code 39 barcode.
 */
public final class TesseraText {
    private TesseraText() {
    }

    public static CardRead decode(String burst, Clock clock) {
        String s = burst == null ? "" : burst.strip();
        return s.startsWith("%") || s.startsWith(";") ? TesseraMagstripe.decodeText(s, clock) : TesseraBarcode.decode(s, clock);
    }
}
