package org.sportello.model.queue;

import java.io.Serializable;
import java.util.Objects;

/**
 * One kiosk tap. The idempotency key is made once per tap, so a retry after a lost answer returns
 * the ticket already issued instead of a second one.
 */
public record IssueRequest(String servicePrefix, PriorityClass priority, String language, String idempotencyKey) implements Serializable {
    public IssueRequest {
        Objects.requireNonNull(servicePrefix, "servicePrefix");
        Objects.requireNonNull(priority, "priority");
        language = language == null ? "it" : language;
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 64) {
            throw new IllegalArgumentException("idempotency key must have 1 to 64 characters");
        }
    }
}
