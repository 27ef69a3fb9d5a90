package org.sportello.server.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Idempotent upserts into central, inside the caller's transaction. A ticket replaces central's copy
 * only when its version is newer, so pushing the same batch twice, or an old copy after a new one,
 * changes nothing. Events are append-only: a second copy of an event_id is ignored.
 *
 * <p>Each batch is one multi-row statement fed by one text array per column ({@link
 * SyncedColumns#unnestSelect}): row by row, a JDBC batch of single-row upserts moved about 1,500
 * events/s, most of it spent planning and checking row security per row (ADR 0017).
 */
final class CentralWriter {
    private static final String UPSERT_TICKET = upsert("ticket", SyncedColumns.TICKET, SyncedColumns.TICKET_TYPES,
            "id", "ticket.version < EXCLUDED.version");

    private static final String INSERT_EVENT = insert("office_event", SyncedColumns.EVENT_AT_CENTRAL,
            SyncedColumns.EVENT_TYPES, "event_id");

    private CentralWriter() {
    }

    /** Where the priority class sits in a {@link SyncedColumns#TICKET} row: NULL once erased. */
    private static final int PRIORITY = SyncedColumns.TICKET.indexOf("priority");

    /**
     * The office's TICKET_ISSUED event named the priority class of a ticket since erased (ADR 0026):
     * central's copy of the event loses it too. Only the office's own events (row security).
     */
    private static final String ERASE_ISSUED_DETAILS = "UPDATE office_event SET detail = NULL"
            + " WHERE type = 'TICKET_ISSUED' AND detail IS NOT NULL AND ticket_id = ANY (?::uuid[])";

    static void upsertTickets(Connection central, List<Object[]> tickets) throws SQLException {
        write(central, UPSERT_TICKET, SyncedColumns.TICKET.size(), tickets);
        String[] erased = tickets.stream().filter(t -> t[PRIORITY] == null).map(t -> t[0].toString())
                .toArray(String[]::new);
        if (erased.length > 0) {
            try (PreparedStatement ps = central.prepareStatement(ERASE_ISSUED_DETAILS)) {
                ps.setArray(1, central.createArrayOf("text", erased));
                ps.executeUpdate();
            }
        }
    }

    static void insertEvents(Connection central, List<Object[]> events) throws SQLException {
        write(central, INSERT_EVENT, SyncedColumns.EVENT_AT_CENTRAL.size(), events);
    }

    /**
     * An upsert of whole rows in which the newer row wins: every column but the key and office_id is
     * replaced when {@code newer} holds.
     */
    static String upsert(String table, List<String> columns, List<String> types, String key, String newer) {
        return "INSERT INTO " + table + " (" + SyncedColumns.list(columns) + ") " + SyncedColumns.unnestSelect(types)
                + " ON CONFLICT (" + key + ") DO UPDATE SET "
                + columns.stream().filter(c -> !c.equals(key) && !c.equals("office_id"))
                        .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "))
                + ", synced_at = now() WHERE " + newer;
    }

    /** An insert of append-only rows: a row already there (a re-sent batch) is left as it is. */
    static String insert(String table, List<String> columns, List<String> types, String key) {
        return "INSERT INTO " + table + " (" + SyncedColumns.list(columns) + ") " + SyncedColumns.unnestSelect(types)
                + " ON CONFLICT (" + key + ") DO NOTHING";
    }

    static void write(Connection central, String sql, int columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = central.prepareStatement(sql)) {
            for (int c = 0; c < columns; c++) {
                String[] column = new String[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    column[r] = text(rows.get(r)[c]);
                }
                Array array = central.createArrayOf("text", column);
                ps.setArray(c + 1, array);
            }
            ps.executeUpdate();
        }
    }

    /**
     * PostgreSQL's input form of an office value: UUIDs, numbers and ISO dates print as PostgreSQL
     * reads them; an H2 timestamp with time zone arrives as an OffsetDateTime, whose ISO form it reads too.
     */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
