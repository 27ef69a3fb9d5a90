package org.sportello.model.persistence;

import java.util.Comparator;
import java.util.UUID;
import org.sportello.model.queue.Ticket;

/**
 * A ticket row as the in-memory queue keeps it: the {@link Ticket} value plus the columns the value
 * does not carry. Replaced, never changed, on every step of the ticket.
 */
record LiveTicket(Ticket ticket, UUID issuedServiceId, UUID operatorId, long version, String idempotencyKey) {

    /** Place in line, as the database orders it: queued since, then number, then id. */
    static final Comparator<LiveTicket> PLACE_IN_LINE = Comparator
            .comparing((LiveTicket t) -> t.ticket().queuedSince())
            .thenComparingInt(t -> t.ticket().number())
            .thenComparing(t -> t.ticket().id());

    UUID id() {
        return ticket.id();
    }

    LiveTicket next(Ticket changed, UUID operator) {
        return new LiveTicket(changed, issuedServiceId, operator, version + 1, idempotencyKey);
    }
}
