package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.OFFICE_EVENT;
import static org.sportello.server.storage.schema.Tables.SYNC_CURSOR;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jooq.Record;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.auth.Role;
import org.sportello.model.sync.LinkState;
import org.sportello.model.sync.SyncFault;
import org.sportello.model.sync.SyncHealth;
import org.sportello.model.sync.SyncHealthService;

/**
 * Reads the push stream's row of sync_cursor, which the office server's sync writes after every round
 * (a failed round is written on every stream, so the push row always has the last word).
 */
public final class JooqSyncHealth implements SyncHealthService {
    /** The push stream's name in sync_cursor (office-server's SyncCursors.PUSH). */
    static final String PUSH_STREAM = "push";

    private final OfficeDatabase database;
    private final Clock clock;

    public JooqSyncHealth(OfficeDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public SyncHealth read(OperatorSession who) {
        // Checked here, not only by hiding the panel: the backlog and errors describe the whole office.
        who.require(Role.SUPERVISOR, "view the central sync");
        return new Transactions(database).run(db -> {
            Record r = db.select(SYNC_CURSOR.CURSOR_MARK, SYNC_CURSOR.LAST_ATTEMPT_AT, SYNC_CURSOR.LAST_SUCCESS_AT,
                            SYNC_CURSOR.LAST_ERROR, SYNC_CURSOR.LAST_PROBLEM, SYNC_CURSOR.LAST_FAULT,
                            SYNC_CURSOR.OPEN_REVIEWS)
                    .from(SYNC_CURSOR).where(SYNC_CURSOR.STREAM.eq(PUSH_STREAM)).fetchOne();
            long cursor = r == null ? 0 : r.get(SYNC_CURSOR.CURSOR_MARK);
            long backlog = db.fetchCount(OFFICE_EVENT, OFFICE_EVENT.ID.gt(cursor));
            if (r == null) {
                return new SyncHealth(LinkState.NEVER_SYNCED, null, null, backlog, null, null, null);
            }
            Instant attempt = instant(r.get(SYNC_CURSOR.LAST_ATTEMPT_AT));
            String error = r.get(SYNC_CURSOR.LAST_ERROR);
            return new SyncHealth(LinkState.of(attempt, error == null ? null : problemOrFailed(r), clock.instant()),
                    instant(r.get(SYNC_CURSOR.LAST_SUCCESS_AT)), attempt, backlog, error,
                    error == null ? null : SyncFault.of(r.get(SYNC_CURSOR.LAST_FAULT), problemOrFailed(r)),
                    r.get(SYNC_CURSOR.OPEN_REVIEWS));
        });
    }

    private static String problemOrFailed(Record r) {
        String problem = r.get(SYNC_CURSOR.LAST_PROBLEM);
        return problem == null ? "FAILED" : problem;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
