package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The office's sync_cursor table (office migration V3): cursors and what {@code sync status} shows. */
final class SyncCursors {
    static final String PUSH = "push";
    static final String PULL_CATALOG_SERVICE = PullStreams.CATALOG;
    static final String[] STREAMS = {PUSH, PULL_CATALOG_SERVICE, PullStreams.TRANSFERS, PullStreams.DOSSIERS,
        VacancyPull.STREAM};

    private SyncCursors() {
    }

    static StreamCursor read(Connection office, String stream) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement(
                "SELECT cursor_mark, cursor_key FROM sync_cursor WHERE stream = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new StreamCursor(rs.getLong(1), rs.getObject(2, UUID.class)) : StreamCursor.START;
            }
        }
    }

    /** Moves the cursor after central committed; in the caller's transaction when there is one. */
    static void advance(Connection office, String stream, StreamCursor to, int rows, Instant now) throws SQLException {
        ensure(office, stream);
        try (PreparedStatement ps = office.prepareStatement("UPDATE sync_cursor SET cursor_mark = ?, cursor_key = ?,"
                + " rows_synced = rows_synced + ?, last_attempt_at = ?, last_success_at = ?, last_error = NULL, last_problem = NULL,"
                + " last_fault = NULL"
                + " WHERE stream = ?")) {
            ps.setLong(1, to.mark());
            ps.setObject(2, to.key());
            ps.setLong(3, rows);
            ps.setObject(4, utc(now));
            ps.setObject(5, utc(now));
            ps.setString(6, stream);
            ps.executeUpdate();
        }
    }

    static void failed(Connection office, String stream, SyncException failure, Instant now) throws SQLException {
        ensure(office, stream);
        String error = failure.getMessage();
        try (PreparedStatement ps = office.prepareStatement(
                "UPDATE sync_cursor SET last_attempt_at = ?, last_error = ?, last_problem = ?, last_fault = ? WHERE stream = ?")) {
            ps.setObject(1, utc(now));
            ps.setString(2, error.length() <= 1000 ? error : error.substring(0, 1000));
            ps.setString(3, failure.problem().name());
            ps.setString(4, failure.fault().name());
            ps.setString(5, stream);
            ps.executeUpdate();
        }
    }

    /** How many review entries this office can see open on central, for the desk (ADR 0021). */
    static void openReviews(Connection office, int count) throws SQLException {
        ensure(office, PUSH);
        try (PreparedStatement ps = office.prepareStatement(
                "UPDATE sync_cursor SET open_reviews = ? WHERE stream = ?")) {
            ps.setInt(1, count);
            ps.setString(2, PUSH);
            ps.executeUpdate();
        }
    }

    private static void ensure(Connection office, String stream) throws SQLException {
        try (PreparedStatement ps = office.prepareStatement("INSERT INTO sync_cursor (stream) SELECT ? WHERE NOT EXISTS"
                + " (SELECT 1 FROM sync_cursor WHERE stream = ?)")) {
            ps.setString(1, stream);
            ps.setString(2, stream);
            ps.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
