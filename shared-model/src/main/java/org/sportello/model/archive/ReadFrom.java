package org.sportello.model.archive;

/** Which code on a scanned page told its protocol number. */
public enum ReadFrom {
    /** The sealed QR code, checked against the register. */
    QR_CODE,
    /** Only the Code 128 number could be read: the page is filed, but its seal was not checked. */
    CODE_128
}
