package org.sportello.display;

import java.time.Instant;
import java.util.UUID;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;

/** Office-log rows for display tests; a ticket's id is derived from its code so calls of one ticket match. */
final class Events {
    private Events() {
    }

    static OfficeEvent call(long seq, String code, int counter, Instant at) {
        return event(seq, EventType.TICKET_CALLED, code, counter, at);
    }

    static OfficeEvent recall(long seq, String code, int counter, Instant at) {
        return event(seq, EventType.TICKET_RECALLED, code, counter, at);
    }

    static OfficeEvent event(long seq, EventType type, String code, Integer counter, Instant at) {
        UUID ticket = code == null ? null : UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new OfficeEvent(seq, UUID.randomUUID(), at, type, ticket, code, null, null, counter, null, null);
    }
}
