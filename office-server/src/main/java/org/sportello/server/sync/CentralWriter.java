package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Idempotent upserts into central, inside the caller's transaction. A ticket replaces central's copy
 * only when its version is newer, so pushing the same batch twice, or an old copy after a new one,
 * changes nothing. Events are append-only: a second copy of an event_id is ignored.
 */
final class CentralWriter {
    private static final String UPSERT_TICKET = "INSERT INTO ticket (" + SyncedColumns.list(SyncedColumns.TICKET)
            + ") VALUES (" + SyncedColumns.placeholders(SyncedColumns.TICKET.size()) + ") ON CONFLICT (id) DO UPDATE SET "
            + SyncedColumns.TICKET.stream().filter(c -> !c.equals("id") && !c.equals("office_id"))
                    .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
            + ", synced_at = now() WHERE ticket.version < EXCLUDED.version";

    private static final String INSERT_EVENT = "INSERT INTO office_event ("
            + SyncedColumns.list(SyncedColumns.EVENT_AT_CENTRAL) + ") VALUES ("
            + SyncedColumns.placeholders(SyncedColumns.EVENT_AT_CENTRAL.size()) + ") ON CONFLICT (event_id) DO NOTHING";

    private CentralWriter() {
    }

    static void upsertTickets(Connection central, List<Object[]> tickets) throws SQLException {
        batch(central, UPSERT_TICKET, tickets);
    }

    static void insertEvents(Connection central, List<Object[]> events) throws SQLException {
        batch(central, INSERT_EVENT, events);
    }

    private static void batch(Connection central, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = central.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
