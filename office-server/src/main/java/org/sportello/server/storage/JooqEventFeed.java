package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OFFICE_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.server.storage.schema.tables.records.OfficeEventRecord;

public final class JooqEventFeed implements EventFeed {
    /**
     * The office server's event broadcast reads the log after every write, hundreds of times a second;
     * rendering the typed query each time cost more than H2 running it, so this one is plain SQL.
     */
    private static final String AFTER = "SELECT id, event_id, occurred_at, type, ticket_id, ticket_code, service_id,"
            + " counter_id, counter_number, operator_id, detail FROM office_event"
            + " WHERE office_id = ? AND id > ? ORDER BY id LIMIT ?";

    private final OfficeDatabase database;
    private final UUID officeId;

    public JooqEventFeed(OfficeDatabase database, UUID officeId) {
        this.database = database;
        this.officeId = officeId;
    }

    @Override
    public List<OfficeEvent> after(long afterSeq, int limit) {
        return database.dsl().resultQuery(AFTER, officeId, afterSeq, limit).fetch(r -> new OfficeEvent(
                r.get(0, Long.class), r.get(1, UUID.class), r.get(2, OffsetDateTime.class).toInstant(),
                EventType.valueOf(r.get(3, String.class)), r.get(4, UUID.class), r.get(5, String.class),
                r.get(6, UUID.class), r.get(7, UUID.class), r.get(8, Integer.class), r.get(9, UUID.class),
                r.get(10, String.class)));
    }

    @Override
    public long latestSeq() {
        Long max = database.dsl().select(DSL.max(OFFICE_EVENT.ID)).from(OFFICE_EVENT)
                .where(OFFICE_EVENT.OFFICE_ID.eq(officeId)).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    static OfficeEvent toEvent(OfficeEventRecord r) {
        return new OfficeEvent(r.getId(), r.getEventId(), r.getOccurredAt().toInstant(), EventType.valueOf(r.getType()),
                r.getTicketId(), r.getTicketCode(), r.getServiceId(), r.getCounterId(), r.getCounterNumber(),
                r.getOperatorId(), r.getDetail());
    }
}
