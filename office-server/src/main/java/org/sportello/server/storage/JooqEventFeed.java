package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OFFICE_EVENT;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import org.jooq.exception.DataAccessException;
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
     * rendering the typed query each time cost more than H2 running it, and jOOQ's plain-SQL result
     * still read the result's metadata on every fetch, so this one is plain JDBC.
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
        try (Connection c = database.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(AFTER)) {
            s.setObject(1, officeId);
            s.setLong(2, afterSeq);
            s.setInt(3, limit);
            List<OfficeEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(new OfficeEvent(r.getLong(1), r.getObject(2, UUID.class),
                            r.getObject(3, OffsetDateTime.class).toInstant(), EventType.valueOf(r.getString(4)),
                            r.getObject(5, UUID.class), r.getString(6), r.getObject(7, UUID.class),
                            r.getObject(8, UUID.class), r.getObject(9, Integer.class), r.getObject(10, UUID.class),
                            r.getString(11)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the office log after " + afterSeq + ": " + e.getMessage(), e);
        }
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
