package org.sportello.model.documents;

/** A code read off a page: which symbology, and its text. */
public record ScannedCode(Symbology symbology, String text) {
    public enum Symbology {
        QR_CODE,
        CODE_128
    }
}
