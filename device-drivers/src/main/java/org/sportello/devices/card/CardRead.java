package org.sportello.devices.card;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.sportello.codicefiscale.CodiceFiscale;

/**
 * The result of reading a health card: a validated codice fiscale, or the reason there is none.
 * Readers answer with this instead of throwing, so a bad swipe or a missing reader is a message on
 * the kiosk, never a stack trace.
 *
 * @param codiceFiscale null when the read failed
 * @param source        where it was read (also set on failures, when known; null otherwise)
 * @param error         null when the read succeeded
 * @param detail        human-readable explanation for failures; empty on success
 * @param expiresOn     the card's expiry date when the reader could read it (only the chip carries it; the
 *                      stripe and the barcode hold the codice fiscale alone), else null
 */
public record CardRead(CodiceFiscale codiceFiscale, CardSource source, CardReadError error, String detail,
                       LocalDate expiresOn) {
    public CardRead {
        if ((codiceFiscale == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of codiceFiscale and error");
        }
        if (expiresOn != null && codiceFiscale == null) {
            throw new IllegalArgumentException("an expiry date belongs to a card that was read");
        }
        detail = Objects.requireNonNullElse(detail, "");
    }

    public static CardRead identified(CodiceFiscale codiceFiscale, CardSource source) {
        return new CardRead(Objects.requireNonNull(codiceFiscale), source, null, "", null);
    }

    public static CardRead failed(CardReadError error, String detail) {
        return new CardRead(null, null, Objects.requireNonNull(error), detail, null);
    }

    public static CardRead failed(CardSource source, CardReadError error, String detail) {
        return new CardRead(null, source, Objects.requireNonNull(error), detail, null);
    }

    /** The same read with the expiry date the chip gave; a failed read stays as it is. */
    public CardRead expiring(LocalDate on) {
        return isIdentified() ? new CardRead(codiceFiscale, source, null, detail, on) : this;
    }

    public boolean isIdentified() {
        return codiceFiscale != null;
    }

    public Optional<CodiceFiscale> value() {
        return Optional.ofNullable(codiceFiscale);
    }
}
