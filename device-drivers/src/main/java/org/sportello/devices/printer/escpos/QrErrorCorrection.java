package org.sportello.devices.printer.escpos;

/** QR error correction levels as {@code GS ( k} function 169 numbers them (48..51 = L, M, Q, H). */
public enum QrErrorCorrection {
    L(48),
    M(49),
    Q(50),
    H(51);

    private final int escPosValue;

    QrErrorCorrection(int escPosValue) {
        this.escPosValue = escPosValue;
    }

    public int escPosValue() {
        return escPosValue;
    }
}
