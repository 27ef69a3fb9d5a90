package org.sportello.model.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.sportello.model.common.UuidV7;
import org.sportello.model.events.EventType;
import org.sportello.model.queue.Ticket;

/**
 * The rows one turn of the in-memory queue changed, written in one transaction (group commit).
 * A row changed twice in a turn is written once, in its last state. Every update names the version
 * it expects: a row that someone else changed behind the queue's back fails the turn instead of
 * being overwritten ({@link Conflict}).
 *
 * <p>Plain JDBC on purpose: these five statements run for every queue change, and rendering them
 * through jOOQ each time cost a fifth of the office server's CPU (ADR 10).
 */
final class QueueChanges {
    private final UUID officeId;
    private final Map<UUID, LiveTicket> insertedTickets = new LinkedHashMap<>();
    private final Map<UUID, Long> ticketExpected = new LinkedHashMap<>();
    private final Map<UUID, LiveTicket> updatedTickets = new LinkedHashMap<>();
    private final Map<UUID, LiveCounter> updatedCounters = new LinkedHashMap<>();
    private final Map<UUID, Long> counterExpected = new LinkedHashMap<>();
    private final Map<SequenceKey, int[]> sequences = new LinkedHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private final Set<UUID> ownEventIds = new HashSet<>();

    record SequenceKey(UUID serviceId, LocalDate day) {
    }

    /** One office_event row. */
    record Event(UUID eventId, EventType type, Instant at, UUID ticketId, String ticketCode, UUID serviceId,
                 UUID counterId, Integer counterNumber, UUID operatorId, String detail) {
    }

    /** A row was not in the state the queue expected: someone changed it without the queue. */
    static final class Conflict extends SQLException {
        Conflict(String what) {
            super("changed outside the office queue: " + what);
        }
    }

    QueueChanges(UUID officeId) {
        this.officeId = officeId;
    }

    void inserted(LiveTicket t) {
        insertedTickets.put(t.id(), t);
    }

    void updated(LiveTicket before, LiveTicket after) {
        if (insertedTickets.containsKey(after.id())) {
            insertedTickets.put(after.id(), after);
            return;
        }
        ticketExpected.putIfAbsent(after.id(), before.version());
        updatedTickets.put(after.id(), after);
    }

    void updated(LiveCounter before, LiveCounter after) {
        counterExpected.putIfAbsent(after.id(), before.version());
        updatedCounters.put(after.id(), after);
    }

    void numbered(UUID serviceId, LocalDate day, int before, int after) {
        sequences.computeIfAbsent(new SequenceKey(serviceId, day), k -> new int[] {before, after})[1] = after;
    }

    void event(EventType type, Instant at, Ticket ticket, UUID serviceId, LiveCounter counter, UUID operatorId,
               String detail) {
        events.add(new Event(UuidV7.next(), type, at, ticket == null ? null : ticket.id(),
                ticket == null ? null : ticket.code(), serviceId, counter == null ? null : counter.id(),
                counter == null ? null : counter.number(), operatorId,
                detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000)));
    }

    boolean isEmpty() {
        return insertedTickets.isEmpty() && updatedTickets.isEmpty() && updatedCounters.isEmpty()
                && sequences.isEmpty() && events.isEmpty();
    }

    /**
     * The log entries written since {@link #forgetOwnEvents()}: the queue's own, when it looks for
     * entries by others. Entries of a turn that was rolled back stay in: they are simply never found.
     */
    Set<UUID> ownEventIds() {
        return ownEventIds;
    }

    void forgetOwnEvents() {
        ownEventIds.clear();
    }

    /** Writes every change on {@code c} (the caller commits) and starts a new turn. */
    void writeTo(Connection c) throws SQLException {
        writeSequences(c);
        writeInserts(c);
        writeTicketUpdates(c);
        writeCounters(c);
        writeEvents(c);
        events.forEach(e -> ownEventIds.add(e.eventId()));
        clear();
    }

    /** Forgets this turn's changes (after a rollback). */
    void clear() {
        insertedTickets.clear();
        ticketExpected.clear();
        updatedTickets.clear();
        updatedCounters.clear();
        counterExpected.clear();
        sequences.clear();
        events.clear();
    }

    private void writeSequences(Connection c) throws SQLException {
        for (Map.Entry<SequenceKey, int[]> e : sequences.entrySet()) {
            SequenceKey k = e.getKey();
            int before = e.getValue()[0];
            int after = e.getValue()[1];
            String sql = before == 0
                    ? "INSERT INTO ticket_sequence (last_number, office_id, service_id, service_day) VALUES (?, ?, ?, ?)"
                    : "UPDATE ticket_sequence SET last_number = ? WHERE office_id = ? AND service_id = ?"
                            + " AND service_day = ? AND last_number = ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, after);
                ps.setObject(2, officeId);
                ps.setObject(3, k.serviceId());
                ps.setObject(4, k.day());
                if (before != 0) {
                    ps.setInt(5, before);
                }
                if (ps.executeUpdate() != 1) {
                    throw new Conflict("ticket numbers of service " + k.serviceId() + " on " + k.day());
                }
            }
        }
    }

    private void writeInserts(Connection c) throws SQLException {
        if (insertedTickets.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ticket (id, office_id, issued_service_id,"
                + " service_day, number, code, kind, priority, language, issued_at, queued_since,"
                + " estimated_wait_minutes, people_ahead, idempotency_key, citizen_tax_code, service_id, status,"
                + " counter_id, operator_id, called_at, finished_at, target_counter_id, recall_count, outcome,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (LiveTicket lt : insertedTickets.values()) {
                Ticket t = lt.ticket();
                ps.setObject(1, t.id());
                ps.setObject(2, officeId);
                ps.setObject(3, lt.issuedServiceId());
                ps.setObject(4, t.serviceDay());
                ps.setInt(5, t.number());
                ps.setString(6, t.code());
                ps.setString(7, t.kind().name());
                ps.setString(8, t.priority().name());
                ps.setString(9, t.language());
                ps.setObject(10, utc(t.issuedAt()));
                ps.setObject(11, utc(t.queuedSince()));
                setInteger(ps, 12, t.estimatedWaitMinutes());
                setInteger(ps, 13, t.peopleAhead());
                ps.setString(14, lt.idempotencyKey());
                ps.setString(15, t.citizenTaxCode());
                int next = setChangingColumns(ps, 16, lt);
                ps.setLong(next, lt.version());
                ps.addBatch();
            }
            expectOneEach(ps.executeBatch(), "new tickets");
        }
    }

    private void writeTicketUpdates(Connection c) throws SQLException {
        if (updatedTickets.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ticket SET service_id = ?, status = ?,"
                + " counter_id = ?, operator_id = ?, called_at = ?, finished_at = ?, target_counter_id = ?,"
                + " recall_count = ?, outcome = ?, version = ? WHERE id = ? AND version = ?")) {
            for (LiveTicket lt : updatedTickets.values()) {
                int next = setChangingColumns(ps, 1, lt);
                ps.setLong(next, lt.version());
                ps.setObject(next + 1, lt.id());
                ps.setLong(next + 2, ticketExpected.get(lt.id()));
                ps.addBatch();
            }
            expectOneEach(ps.executeBatch(), "tickets");
        }
    }

    /** The columns a ticket's steps change, from {@code first} on; returns the next parameter index. */
    private static int setChangingColumns(PreparedStatement ps, int first, LiveTicket lt) throws SQLException {
        Ticket t = lt.ticket();
        int i = first;
        ps.setObject(i++, t.serviceId());
        ps.setString(i++, t.status().name());
        ps.setObject(i++, t.counterId());
        ps.setObject(i++, lt.operatorId());
        ps.setObject(i++, utc(t.calledAt()));
        ps.setObject(i++, utc(t.finishedAt()));
        ps.setObject(i++, t.targetCounterId());
        ps.setInt(i++, t.recallCount());
        ps.setString(i++, t.outcome() == null ? null : t.outcome().name());
        return i;
    }

    private void writeCounters(Connection c) throws SQLException {
        if (updatedCounters.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE counter SET state = ?, pause_reason = ?,"
                + " operator_id = ?, version = ? WHERE id = ? AND version = ?")) {
            for (LiveCounter lc : updatedCounters.values()) {
                ps.setString(1, lc.state().name());
                ps.setString(2, lc.pauseReason());
                ps.setObject(3, lc.operatorId());
                ps.setLong(4, lc.version());
                ps.setObject(5, lc.id());
                ps.setLong(6, counterExpected.get(lc.id()));
                ps.addBatch();
            }
            expectOneEach(ps.executeBatch(), "counters");
        }
    }

    private void writeEvents(Connection c) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO office_event (event_id, office_id, occurred_at,"
                + " type, ticket_id, ticket_code, service_id, counter_id, counter_number, operator_id, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                ps.setObject(1, e.eventId());
                ps.setObject(2, officeId);
                ps.setObject(3, utc(e.at()));
                ps.setString(4, e.type().name());
                ps.setObject(5, e.ticketId());
                ps.setString(6, e.ticketCode());
                ps.setObject(7, e.serviceId());
                ps.setObject(8, e.counterId());
                setInteger(ps, 9, e.counterNumber());
                ps.setObject(10, e.operatorId());
                ps.setString(11, e.detail());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void expectOneEach(int[] counts, String what) throws Conflict {
        for (int n : counts) {
            if (n != 1) {
                throw new Conflict(what);
            }
        }
    }

    private static void setInteger(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, value);
        }
    }

    private static java.time.OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
