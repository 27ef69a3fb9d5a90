package org.sportello.devices.card;

/** How an operator badge was read. */
public enum BadgeSource {
    /** Contactless or contact card UID from a PC/SC reader (GET DATA). */
    PCSC_UID,
    /** An RFID reader that types the UID like a keyboard. */
    WEDGE_RFID,
    /** A magnetic stripe badge (track 2 number) typed by a wedge reader. */
    MAGSTRIPE
}
