package org.sportello.kiosk;

import java.time.Instant;
import java.util.Locale;
import org.sportello.model.common.UuidV7;

/**
 * One check-in attempt: a letter's QR or a health card, shown on the check-in screen (or a card on the home screen).
 * Its key is made once, so sending it again after a lost answer, or taking the walk-in ticket offered, can only return
 * the ticket a first attempt may have made.
 *
 * @param code        the QR's text, or null for a card
 * @param taxCode     the card's codice fiscale, or null for a QR
 * @param fromHome    a card shown on the home screen: only an appointment today takes the citizen to check-in
 * @param offerWalkIn ask before a walk-in ticket is issued; false once the citizen took the one offered
 */
record CheckInTap(String code, String taxCode, Locale locale, String idempotencyKey, Instant at, boolean fromHome,
                  boolean offerWalkIn) {

    static CheckInTap byCode(String code, Locale locale, Instant at) {
        return new CheckInTap(code, null, locale, UuidV7.next().toString(), at, false, true);
    }

    static CheckInTap byCard(String taxCode, Locale locale, Instant at, boolean fromHome) {
        return new CheckInTap(null, taxCode, locale, UuidV7.next().toString(), at, fromHome, true);
    }

    /** The citizen took the walk-in ticket offered: the same attempt, now issuing it. */
    CheckInTap takingWalkIn() {
        return new CheckInTap(code, taxCode, locale, idempotencyKey, at, false, false);
    }
}
