package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.sportello.model.sync.LinkState;

/**
 * What {@code sync status} shows, read from the office database alone (it works with central away).
 *
 * @param backlog office_event rows above the confirmed push cursor (an upper bound: rows above a hole
 *                may already be on central)
 */
public record SyncStatus(List<Stream> streams, long backlog, LinkState link) {

    /** One stream's state; times are null when it never ran or never succeeded. */
    public record Stream(String name, long rowsSynced, Instant lastAttempt, Instant lastSuccess, String lastError,
                         String lastProblem) {
    }

    public static SyncStatus read(DataSource office) {
        return read(office, Instant.now());
    }

    /** @param now to tell a sync that stopped trying ({@link LinkState#IDLE}) from a running one */
    public static SyncStatus read(DataSource office, Instant now) {
        try (Connection c = office.getConnection()) {
            List<Stream> streams = new ArrayList<>();
            long cursor = 0;
            for (String name : SyncCursors.STREAMS) {
                try (PreparedStatement ps = c.prepareStatement("SELECT rows_synced, last_attempt_at, last_success_at,"
                        + " last_error, cursor_mark, last_problem FROM sync_cursor WHERE stream = ?")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            streams.add(new Stream(name, rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)),
                                    instant(rs.getObject(3, OffsetDateTime.class)), rs.getString(4),
                                    rs.getString(4) == null ? null : problemOrFailed(rs.getString(6))));
                            if (name.equals(SyncCursors.PUSH)) {
                                cursor = rs.getLong(5);
                            }
                        } else {
                            streams.add(new Stream(name, 0, null, null, null, null));
                        }
                    }
                }
            }
            long backlog;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM office_event WHERE id > ?")) {
                ps.setLong(1, cursor);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    backlog = rs.getLong(1);
                }
            }
            // A failed round is written on every stream, so the push stream has the last word on the link.
            Stream push = streams.getFirst();
            return new SyncStatus(List.copyOf(streams), backlog, LinkState.of(push.lastAttempt(), push.lastProblem(), now));
        } catch (SQLException e) {
            throw SyncException.from("the office database", e);
        }
    }

    private static String problemOrFailed(String problem) {
        return problem == null ? SyncProblem.FAILED.name() : problem;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
