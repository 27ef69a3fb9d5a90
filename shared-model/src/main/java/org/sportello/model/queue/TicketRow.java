package org.sportello.model.queue;

import java.util.Comparator;
import java.util.UUID;

/**
 * A ticket as the queue keeps and stores it: the {@link Ticket} value plus the columns the value does
 * not carry. Replaced, never changed, on every step of the ticket; {@code version} moves with each
 * step, so a write can say which state of the row it expects to replace. {@code appointed} is set on the
 * tickets a check-in issued (null for walk-ins) and never changes.
 */
public record TicketRow(Ticket ticket, UUID issuedServiceId, UUID operatorId, long version, String idempotencyKey,
                        Appointed appointed) {

    /** A walk-in's row. */
    public TicketRow(Ticket ticket, UUID issuedServiceId, UUID operatorId, long version, String idempotencyKey) {
        this(ticket, issuedServiceId, operatorId, version, idempotencyKey, null);
    }

    /** Place in line: queued since, then number, then id. */
    public static final Comparator<TicketRow> PLACE_IN_LINE = Comparator
            .comparing((TicketRow t) -> t.ticket().queuedSince())
            .thenComparingInt(t -> t.ticket().number())
            .thenComparing(t -> t.ticket().id());

    public UUID id() {
        return ticket.id();
    }

    TicketRow next(Ticket changed, UUID operator) {
        return new TicketRow(changed, issuedServiceId, operator, version + 1, idempotencyKey, appointed);
    }
}
