package org.sportello.model.stamps;

import java.time.LocalDate;

/**
 * A stamp asked at the kiosk: the codice fiscale read from the health card, as read, and the card's expiry when the
 * reader could read it (the chip can; a barcode cannot), null otherwise. The office judges both by its own clock.
 */
public record StampRequest(String taxCode, LocalDate cardExpiresOn) {
}
