package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Reads what to push from the office database, without any outbox the queue's transactions would
 * have to fill (ADR 0010): office_event is the change feed, because every state change writes its
 * event in the same transaction. The tickets a batch's events name are read as they are now; when
 * they changed again since, a later event pushes them again, and the newer version wins at central.
 */
final class OfficeChanges {
    /** closeDay marks every open ticket UNSERVED under one DAY_CLOSED event that names no ticket. */
    private static final String DAY_CLOSED = "DAY_CLOSED";
    /** An erasure (ADR 0026) names no ticket: the tickets it erased carry its time as erased_at. */
    private static final String PERSONAL_DATA_ERASED = "PERSONAL_DATA_ERASED";
    private static final int IN_CHUNK = 500;

    private OfficeChanges() {
    }

    static ChangeBatch read(Connection office, long above, Collection<Long> holes, int limit) throws SQLException {
        List<Object[]> events = new ArrayList<>();
        SortedSet<Long> ids = new TreeSet<>();
        List<Long> retry = holes.stream().limit(IN_CHUNK).toList();
        if (!retry.isEmpty()) {
            readEvents(office, "SELECT " + SyncedColumns.list(SyncedColumns.EVENT) + " FROM office_event WHERE id IN ("
                    + SyncedColumns.placeholders(retry.size()) + ")", retry.toArray(), events, ids);
        }
        int fromRange = events.size();
        readEvents(office, "SELECT " + SyncedColumns.list(SyncedColumns.EVENT)
                + " FROM office_event WHERE id > ? ORDER BY id LIMIT ?", new Object[] {above, limit}, events, ids);
        Map<UUID, Object[]> tickets = new LinkedHashMap<>();
        if (events.size() > fromRange) {
            rangeTickets(office, ((Number) events.get(fromRange)[0]).longValue(),
                    ((Number) events.getLast()[0]).longValue(), tickets);
        }
        return new ChangeBatch(events, tickets(office, events, tickets), DocumentPush.read(office, events), ids);
    }

    /**
     * The tickets the events of an id range name, in one join: a batch's events are read by range, so
     * are their tickets (an IN list of thousands of ids cost four times as much). A late commit that
     * lands inside the range brings its ticket along, which is harmless: newer versions win.
     */
    private static void rangeTickets(Connection office, long from, long to, Map<UUID, Object[]> into)
            throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("SELECT " + SyncedColumns.TICKET.stream()
                .map(c -> "t." + c).collect(java.util.stream.Collectors.joining(", "))
                + " FROM office_event e JOIN ticket t ON t.id = e.ticket_id WHERE e.id BETWEEN ? AND ?")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = row(rs, SyncedColumns.TICKET.size());
                    // Several events name one ticket; central may upsert a row only once per statement.
                    into.putIfAbsent((UUID) row[0], row);
                }
            }
        }
    }

    private static void readEvents(Connection office, String sql, Object[] args, List<Object[]> into,
                                   Set<Long> ids) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object[] row = row(rs, SyncedColumns.EVENT.size());
                    into.add(row);
                    ids.add(((Number) row[0]).longValue());
                }
            }
        }
    }

    private static List<Object[]> tickets(Connection office, List<Object[]> events, Map<UUID, Object[]> known)
            throws SQLException {
        Set<UUID> ticketIds = new LinkedHashSet<>();
        String select = "SELECT " + SyncedColumns.list(SyncedColumns.TICKET) + " FROM ticket";
        for (Object[] e : events) {
            if (e[5] instanceof UUID ticketId) {
                ticketIds.add(ticketId);
            } else if (DAY_CLOSED.equals(e[4]) || PERSONAL_DATA_ERASED.equals(e[4])) {
                // The UNSERVED tickets of that close carry the event's own time as finished_at; the tickets
                // an erasure changed, as erased_at.
                try (PreparedStatement ps = office.prepareStatement(DAY_CLOSED.equals(e[4])
                        ? "SELECT id FROM ticket WHERE office_id = ? AND status = 'UNSERVED' AND finished_at = ?"
                        : "SELECT id FROM ticket WHERE office_id = ? AND erased_at = ?")) {
                    ps.setObject(1, e[2]);
                    ps.setObject(2, e[3]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ticketIds.add(rs.getObject(1, UUID.class));
                        }
                    }
                }
            }
        }
        ticketIds.removeAll(known.keySet());
        List<UUID> all = new ArrayList<>(ticketIds);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            try (PreparedStatement ps = office.prepareStatement(select + " WHERE id IN ("
                    + SyncedColumns.placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setObject(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = row(rs, SyncedColumns.TICKET.size());
                        known.putIfAbsent((UUID) row[0], row);
                    }
                }
            }
        }
        return new ArrayList<>(known.values());
    }

    private static Object[] row(ResultSet rs, int columns) throws SQLException {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = rs.getObject(i + 1);
        }
        return row;
    }
}
