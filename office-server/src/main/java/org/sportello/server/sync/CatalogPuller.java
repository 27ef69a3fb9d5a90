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
 * Pulls the services catalogue without ever skipping a late commit. Every central row carries the
 * xid8 of the transaction that last wrote it. A read takes its snapshot's xmin as the horizon: every
 * transaction below it has finished, so the rows with {@code cursor <= changed_xid < horizon} are
 * complete and visible, and any transaction still running (or starting later) writes an xid at or
 * above the horizon and is read next time. A bare sequence would be taken at insert, not at commit,
 * and a slow transaction's lower number would land behind a cursor that already passed it.
 */
final class CatalogPuller {
    private CatalogPuller() {
    }

    /** Reads one batch and applies it locally with the new cursor, in one office transaction. */
    static int pullOnce(Connection central, Connection office, int limit, Instant now) throws SQLException {
        StreamCursor cursor = SyncCursors.read(office, SyncCursors.PULL_CATALOG_SERVICE);
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
            String after = cursor.key() == null ? "changed_xid >= ?::text::xid8"
                    : "(changed_xid > ?::text::xid8 OR (changed_xid = ?::text::xid8 AND id > ?))";
            try (PreparedStatement ps = central.prepareStatement("SELECT " + SyncedColumns.list(SyncedColumns.CATALOG_SERVICE)
                    + ", changed_xid::text FROM catalog_service WHERE changed_xid < ?::text::xid8 AND " + after
                    + " ORDER BY changed_xid, id LIMIT ?")) {
                int i = 1;
                ps.setString(i++, Long.toString(horizon));
                ps.setString(i++, Long.toString(cursor.mark()));
                if (cursor.key() != null) {
                    ps.setString(i++, Long.toString(cursor.mark()));
                    ps.setObject(i++, cursor.key());
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    int n = SyncedColumns.CATALOG_SERVICE.size();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int c = 0; c < n; c++) {
                            row[c] = rs.getObject(c + 1);
                        }
                        rows.add(row);
                        lastXid = Long.parseLong(rs.getString(n + 1));
                    }
                }
            }
            central.commit();
        } catch (SQLException | RuntimeException e) {
            central.rollback();
            throw e;
        }
        // A full batch may have cut a transaction's rows in two: resume inside it, by id.
        StreamCursor next = rows.size() == limit
                ? new StreamCursor(lastXid, (UUID) rows.getLast()[0])
                : new StreamCursor(Math.max(horizon, cursor.mark()), null);
        apply(office, rows, next, now);
        return rows.size();
    }

    private static void apply(Connection office, List<Object[]> rows, StreamCursor next, Instant now)
            throws SQLException {
        boolean auto = office.getAutoCommit();
        office.setAutoCommit(false);
        try {
            for (Object[] row : rows) {
                CatalogMirror.upsert(office, row);
            }
            SyncCursors.advance(office, SyncCursors.PULL_CATALOG_SERVICE, next, rows.size(), now);
            office.commit();
        } catch (SQLException | RuntimeException e) {
            office.rollback();
            throw e;
        } finally {
            office.setAutoCommit(auto);
        }
    }
}
