package org.sportello.model.queue;

import java.time.Instant;
import java.util.UUID;
import org.sportello.model.events.EventType;

/** One entry the queue appends to the office log with its changes. */
public record QueueEvent(EventType type, Instant at, UUID ticketId, String ticketCode, UUID serviceId,
                         UUID counterId, Integer counterNumber, UUID operatorId, String detail) {
    /** The log's detail column holds this many characters. */
    public static final int DETAIL_LENGTH = 1000;

    public QueueEvent {
        detail = detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
