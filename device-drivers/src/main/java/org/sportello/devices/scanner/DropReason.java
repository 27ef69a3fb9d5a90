package org.sportello.devices.scanner;

/** Why bytes from a scanner were thrown away instead of becoming a {@link Scan}. */
public enum DropReason {
    /** The frame stopped mid-way and no suffix came in time (cable pulled, scanner reset). */
    TIMED_OUT,
    /** More bytes than any barcode we accept, without a suffix: noise on the line. */
    TOO_LONG,
    /** Control bytes or bytes that are not valid text in the configured charset (wrong baud rate looks like this). */
    GARBAGE
}
