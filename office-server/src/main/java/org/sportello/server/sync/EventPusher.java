package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * Pushes one bounded batch: one central transaction of idempotent upserts; only after it committed
 * does the office's cursor move. A crash between the two re-sends the batch, which changes nothing.
 */
final class EventPusher {
    private final PushWindow window;
    private final int batchSize;
    private final Clock clock;
    private final SyncProbe probe;
    private final OfficeIdentity identity;

    EventPusher(PushWindow window, int batchSize, Clock clock, SyncProbe probe, OfficeIdentity identity) {
        this.identity = identity;
        this.window = window;
        this.batchSize = batchSize;
        this.clock = clock;
        this.probe = probe;
    }

    /** @return events pushed; fewer than a batch means the office's log is caught up */
    int pushOnce(Connection central, Connection office) throws SQLException {
        ChangeBatch batch = OfficeChanges.read(office, window.pushedHigh(), window.holes(), batchSize);
        List<DossierPush.Outcome> dossiers = List.of();
        if (!batch.isEmpty()) {
            probe.at(SyncProbe.Step.BATCH_READ);
            central.setAutoCommit(false);
            try {
                CentralWriter.upsertTickets(central, batch.tickets());
                probe.at(SyncProbe.Step.MID_BATCH);
                // Before the events: an event already on central means its dossier went with it.
                dossiers = DossierPush.push(central, office, identity, batch.events());
                CentralWriter.insertEvents(central, batch.events());
                probe.at(SyncProbe.Step.BEFORE_CENTRAL_COMMIT);
                central.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(central);
                throw e;
            }
            probe.at(SyncProbe.Step.AFTER_CENTRAL_COMMIT);
        }
        if (!dossiers.isEmpty()) {
            DossierPush.record(office, dossiers, clock.instant());
        }
        long before = window.confirmed();
        long confirmed = window.acknowledge(batch.eventIds(), clock.instant());
        if (!batch.isEmpty() || confirmed != before) {
            SyncCursors.advance(office, SyncCursors.PUSH, new StreamCursor(confirmed, null), batch.events().size(),
                    clock.instant());
        }
        probe.at(SyncProbe.Step.BATCH_DONE);
        return batch.events().size();
    }

    int batchSize() {
        return batchSize;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is gone: the server rolls back by itself.
        }
    }
}
