package org.sportello.devices.card;

/** Card data that does not decode (bad sentinels, parity, LRC, field lengths, status words); carries the reason for the CardRead. */
public final class CardDataException extends Exception {
    private final CardReadError error;

    public CardDataException(CardReadError error, String message) {
        super(message);
        this.error = error;
    }

    public CardReadError error() {
        return error;
    }
}
