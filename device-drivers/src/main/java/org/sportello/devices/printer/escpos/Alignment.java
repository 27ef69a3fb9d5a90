package org.sportello.devices.printer.escpos;

/** Justification for {@code ESC a n}; it applies to text, barcodes, QR codes and raster images. */
public enum Alignment {
    LEFT(0),
    CENTER(1),
    RIGHT(2);

    private final int escPosValue;

    Alignment(int escPosValue) {
        this.escPosValue = escPosValue;
    }

    public int escPosValue() {
        return escPosValue;
    }
}
