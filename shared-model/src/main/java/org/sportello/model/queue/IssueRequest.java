package org.sportello.model.queue;

import java.io.Serializable;
import java.util.Objects;

/**
 * One kiosk tap. The idempotency key is made once per tap, so a retry after a lost answer returns
 * the ticket already issued instead of a second one. {@code citizenTaxCode} is the validated codice
 * fiscale of a citizen who showed a health card at the kiosk, or null: it travels with the ticket so
 * the counter knows who is coming.
 */
public record IssueRequest(String servicePrefix, PriorityClass priority, String language, String idempotencyKey,
                           String citizenTaxCode) implements Serializable {

    public IssueRequest(String servicePrefix, PriorityClass priority, String language, String idempotencyKey) {
        this(servicePrefix, priority, language, idempotencyKey, null);
    }

    public IssueRequest {
        Objects.requireNonNull(servicePrefix, "servicePrefix");
        Objects.requireNonNull(priority, "priority");
        language = language == null ? "it" : language;
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            throw new IllegalArgumentException("idempotency key must have 1 to 64 characters");
        }
        // Checked (check character, omocodia, birth date) by the queue service against its own date.
        citizenTaxCode = citizenTaxCode == null || citizenTaxCode.isBlank() ? null
                : citizenTaxCode.strip().toUpperCase(java.util.Locale.ROOT);
    }

    public IssueRequest withCitizen(String taxCode) {
        return new IssueRequest(servicePrefix, priority, language, idempotencyKey, taxCode);
    }
}
