package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OFFICE_EVENT;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jooq.DSLContext;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;

/** Appends to the office log inside the caller's transaction. */
final class EventWriter {
    private final UUID officeId;

    EventWriter(UUID officeId) {
        this.officeId = officeId;
    }

    Builder event(EventType type, Instant at) {
        return new Builder(type, at);
    }

    final class Builder {
        private final EventType type;
        private final Instant at;
        private UUID ticketId;
        private String ticketCode;
        private UUID serviceId;
        private UUID counterId;
        private Integer counterNumber;
        private UUID operatorId;
        private String detail;

        private Builder(EventType type, Instant at) {
            this.type = type;
            this.at = at;
        }

        Builder ticket(UUID id, String code, UUID service) {
            this.ticketId = id;
            this.ticketCode = code;
            this.serviceId = service;
            return this;
        }

        Builder counter(UUID id, Integer number) {
            this.counterId = id;
            this.counterNumber = number;
            return this;
        }

        Builder operator(UUID id) {
            this.operatorId = id;
            return this;
        }

        Builder detail(String text) {
            this.detail = text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
            return this;
        }

        void write(DSLContext tx) {
            tx.insertInto(OFFICE_EVENT)
                    .set(OFFICE_EVENT.EVENT_ID, UuidV7.next())
                    .set(OFFICE_EVENT.OFFICE_ID, officeId)
                    .set(OFFICE_EVENT.OCCURRED_AT, at.atOffset(ZoneOffset.UTC))
                    .set(OFFICE_EVENT.TYPE, type.name())
                    .set(OFFICE_EVENT.TICKET_ID, ticketId)
                    .set(OFFICE_EVENT.TICKET_CODE, ticketCode)
                    .set(OFFICE_EVENT.SERVICE_ID, serviceId)
                    .set(OFFICE_EVENT.COUNTER_ID, counterId)
                    .set(OFFICE_EVENT.COUNTER_NUMBER, counterNumber)
                    .set(OFFICE_EVENT.OPERATOR_ID, operatorId)
                    .set(OFFICE_EVENT.DETAIL, detail)
                    .execute();
        }
    }
}
