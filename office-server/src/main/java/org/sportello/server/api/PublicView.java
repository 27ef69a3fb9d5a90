package org.sportello.server.api;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.model.office.CounterInfo;
import org.sportello.model.queue.QueueOverview;
import org.sportello.model.queue.Ticket;
import org.sportello.protocol.StationRole;

/**
 * What stations without an operator may see: the hall's public board. No codice fiscale, no operator
 * names or free text typed by operators (pause and call reasons can say anything), and of the office
 * log only what a hall display shows: which ticket goes to which counter.
 */
final class PublicView {
    private static final Set<EventType> BOARD_EVENTS = EnumSet.of(
            EventType.TICKET_ISSUED, EventType.TICKET_CALLED, EventType.TICKET_RECALLED,
            EventType.TICKET_NO_SHOW, EventType.TICKET_TRANSFERRED, EventType.TICKET_FINISHED,
            EventType.TICKET_CANCELLED, EventType.COUNTER_OPENED, EventType.COUNTER_PAUSED,
            EventType.COUNTER_RESUMED, EventType.COUNTER_CLOSED, EventType.DAY_CLOSED);

    private PublicView() {
    }

    /** Desks and the local administrator are staff; everything else sees the public board. */
    static boolean isStaff(StationRole role) {
        return role == StationRole.DESK || role == StationRole.ADMIN;
    }

    static Ticket ticket(Ticket t) {
        if (t.citizenTaxCode() == null) {
            return t;
        }
        return new Ticket(t.id(), t.serviceId(), t.serviceDay(), t.number(), t.code(), t.kind(), t.priority(),
                t.status(), t.language(), t.issuedAt(), t.queuedSince(), t.calledAt(), t.finishedAt(),
                t.counterId(), t.targetCounterId(), t.recallCount(), t.outcome(), t.estimatedWaitMinutes(),
                t.peopleAhead(), null);
    }

    static QueueOverview overview(QueueOverview o) {
        return new QueueOverview(o.at(), o.services(), o.counters().stream()
                .map(c -> new QueueOverview.CounterStatus(c.counterId(), c.number(), c.state(), null, null,
                        c.currentTicketCode()))
                .toList());
    }

    static CounterInfo counter(CounterInfo c) {
        return new CounterInfo(c.id(), c.number(), c.name(), c.state(), null, null, c.serviceWeights());
    }

    /** The event as a hall display may see it, or empty when it is none of the board's business. */
    static Optional<OfficeEvent> event(OfficeEvent e) {
        if (!BOARD_EVENTS.contains(e.type())) {
            return Optional.empty();
        }
        return Optional.of(new OfficeEvent(e.seq(), e.eventId(), e.occurredAt(), e.type(), e.ticketId(),
                e.ticketCode(), e.serviceId(), e.counterId(), e.counterNumber(), null, null));
    }
}
