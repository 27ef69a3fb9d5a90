package org.sportello.devices.card;

/** Why no codice fiscale (or badge) came out of a read; shown to the operator, logged for the technician. */
public enum CardReadError {
    /** No card was presented before the timeout. */
    NO_CARD,
    /** The PC/SC service answers but lists no reader. */
    NO_READER,
    /** PC/SC itself is missing: no pcscd running or no libpcsclite installed. */
    PCSC_UNAVAILABLE,
    /** The card answered a command with an error status word, or was pulled out mid-read. */
    CARD_ERROR,
    /** Bytes arrived but do not follow the expected format (sentinels, field lengths). */
    UNREADABLE_DATA,
    /** Parity or LRC of a magnetic stripe track is wrong: a bad swipe. */
    CHECKSUM_MISMATCH,
    /** The data is well formed but holds no codice fiscale. */
    NO_CODICE_FISCALE,
    /** A 16-character candidate was found but failed CodiceFiscale's checks. */
    INVALID_CODICE_FISCALE
}
