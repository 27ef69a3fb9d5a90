package org.sportello.kiosk;

import org.sportello.model.common.UuidV7;
import java.time.Instant;
import java.util.Locale;
import org.sportello.model.queue.IssueRequest;
import org.sportello.model.queue.PriorityClass;

/**
 * One tap on a service tile. Its key is made once, here, so sending the same tap again after a
 * failure can only ever return the ticket the first attempt may already have made. The key is
 * time-ordered (UUID v7): the office keeps it in a unique index, where random keys would land every
 * tap on a different page and make each group commit rewrite that many pages.
 *
 * @param citizenTaxCode the codice fiscale of the health card shown before the tap, or null
 */
record Tap(String servicePrefix, PriorityClass priority, Locale locale, String idempotencyKey, Instant at,
           String citizenTaxCode) {

    static Tap of(String servicePrefix, PriorityClass priority, Locale locale, Instant at, String citizenTaxCode) {
        return new Tap(servicePrefix, priority, locale, UuidV7.next().toString(), at, citizenTaxCode);
    }

    IssueRequest request() {
        return new IssueRequest(servicePrefix, priority, locale.getLanguage(), idempotencyKey).withCitizen(citizenTaxCode);
    }
}
