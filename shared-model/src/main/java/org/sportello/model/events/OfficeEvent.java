package org.sportello.model.events;

import java.time.Instant;
import java.util.UUID;

/** One row of the append-only office log. {@code seq} orders events within the office. */
public record OfficeEvent(long seq, UUID eventId, Instant occurredAt, EventType type, UUID ticketId,
                          String ticketCode, UUID serviceId, UUID counterId, Integer counterNumber,
                          UUID operatorId, String detail) {
}
