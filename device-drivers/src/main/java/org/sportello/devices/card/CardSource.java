package org.sportello.devices.card;

/** Where on the Tessera Sanitaria the codice fiscale was read. */
public enum CardSource {
    BARCODE,
    MAGSTRIPE_TRACK1,
    MAGSTRIPE_TRACK2,
    CHIP
}
