package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pulls one central table without ever skipping a late commit. Every central row carries the xid8 of
 * the transaction that last wrote it. A read takes its snapshot's xmin as the horizon: every
 * transaction below it has finished, so the rows with {@code cursor <= changed_xid < horizon} are
 * complete and visible, and any transaction still running (or starting later) writes an xid at or
 * above the horizon and is read next time. A bare sequence would be taken at insert, not at commit,
 * and a slow transaction's lower number would land behind a cursor that already passed it.
 * Row-level security decides which rows an office sees at all.
 */
final class XidPuller {
    /**
     * Applies pulled rows to the office, inside the office transaction that also moves the cursor;
     * {@code central} is there to read more (e.g. a dossier's other rows), after the pull's snapshot.
     */
    @FunctionalInterface
    interface Applier {
        void apply(Connection central, Connection office, List<Object[]> rows) throws SQLException;
    }

    /**
     * @param columns the first is the row's UUID key (the tie-break inside one xid)
     * @param types   central types of the columns ({@link Rows#read})
     */
    record Spec(String stream, String table, List<String> columns, List<String> types, Applier applier) {
    }

    private XidPuller() {
    }

    /** Reads one batch and applies it locally with the new cursor, in one office transaction. */
    static int pullOnce(Spec spec, Connection central, Connection office, int limit, Instant now) throws SQLException {
        StreamCursor cursor = SyncCursors.read(office, spec.stream());
        List<Object[]> rows = new ArrayList<>();
        long lastXid = 0;
        long horizon;
        central.setAutoCommit(false);
        central.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            try (Statement s = central.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
                rs.next();
                horizon = Long.parseLong(rs.getString(1));
            }
            String key = spec.columns().getFirst();
            String after = cursor.key() == null ? "changed_xid >= ?::text::xid8"
                    : "(changed_xid > ?::text::xid8 OR (changed_xid = ?::text::xid8 AND " + key + " > ?))";
            try (PreparedStatement ps = central.prepareStatement("SELECT " + SyncedColumns.list(spec.columns())
                    + ", changed_xid::text FROM " + spec.table() + " WHERE changed_xid < ?::text::xid8 AND " + after
                    + " ORDER BY changed_xid, " + key + " LIMIT ?")) {
                int i = 1;
                ps.setString(i++, Long.toString(horizon));
                ps.setString(i++, Long.toString(cursor.mark()));
                if (cursor.key() != null) {
                    ps.setString(i++, Long.toString(cursor.mark()));
                    ps.setObject(i++, cursor.key());
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = spec.columns().size();
                    while (rs.next()) {
                        rows.add(Rows.read(rs, spec.types()));
                        lastXid = Long.parseLong(rs.getString(n + 1));
                    }
                }
            }
            central.commit();
        } catch (SQLException | RuntimeException e) {
            central.rollback();
            throw e;
        } finally {
            central.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        // A full batch may have cut a transaction's rows in two: resume inside it, by key.
        StreamCursor next = rows.size() == limit
                ? new StreamCursor(lastXid, (UUID) rows.getLast()[0])
                : new StreamCursor(Math.max(horizon, cursor.mark()), null);
        boolean auto = office.getAutoCommit();
        office.setAutoCommit(false);
        try {
            spec.applier().apply(central, office, rows);
            SyncCursors.advance(office, spec.stream(), next, rows.size(), now);
            office.commit();
        } catch (SQLException | RuntimeException e) {
            office.rollback();
            throw e;
        } finally {
            office.setAutoCommit(auto);
        }
        return rows.size();
    }
}
