package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OFFICE_EVENT;

import java.util.List;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.sportello.model.events.EventFeed;
import org.sportello.model.events.EventType;
import org.sportello.model.events.OfficeEvent;
import org.sportello.server.storage.schema.tables.records.OfficeEventRecord;

public final class JooqEventFeed implements EventFeed {
    private final OfficeDatabase database;
    private final UUID officeId;

    public JooqEventFeed(OfficeDatabase database, UUID officeId) {
        this.database = database;
        this.officeId = officeId;
    }

    @Override
    public List<OfficeEvent> after(long afterSeq, int limit) {
        return database.dsl().selectFrom(OFFICE_EVENT)
                .where(OFFICE_EVENT.OFFICE_ID.eq(officeId).and(OFFICE_EVENT.ID.gt(afterSeq)))
                .orderBy(OFFICE_EVENT.ID)
                .limit(limit)
                .fetch(JooqEventFeed::toEvent);
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
