package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Pushes one bounded batch: one central transaction of idempotent upserts; only after it committed
 * does the office's cursor move. A crash between the two re-sends the batch, which changes nothing.
 *
 * <p>While central writes a full batch, the next one is read from the office on another connection
 * (a catch-up spends about a fifth of its time reading the office). It is used only if the window is
 * where the read assumed (no hole to ask for again); otherwise it is dropped and read again.
 */
final class EventPusher {
    private static final ExecutorService READ_AHEAD = Executors.newVirtualThreadPerTaskExecutor();

    private record ReadAhead(long above, Future<ChangeBatch> batch) {
    }

    private final PushWindow window;
    private final int batchSize;
    private final Clock clock;
    private final SyncProbe probe;
    private final OfficeIdentity identity;
    private final DataSource officeSource;
    private final SecondWriter second;
    private ReadAhead ahead;

    /**
     * @param officeSource where the read-ahead gets its own connection; null reads every batch in turn
     * @param second       writes half of a large batch on a second central connection
     */
    EventPusher(PushWindow window, int batchSize, Clock clock, SyncProbe probe, OfficeIdentity identity,
                DataSource officeSource, SecondWriter second) {
        this.second = second;
        this.identity = identity;
        this.officeSource = officeSource;
        this.window = window;
        this.batchSize = batchSize;
        this.clock = clock;
        this.probe = probe;
    }

    /** @return events pushed; fewer than a batch means the office's log is caught up */
    int pushOnce(Connection central, Connection office) throws SQLException {
        ChangeBatch batch = takeAhead();
        if (batch == null) {
            batch = OfficeChanges.read(office, window.pushedHigh(), window.holes(), batchSize);
        }
        if (officeSource != null && batch.events().size() >= batchSize) {
            long above = batch.eventIds().last();
            ahead = new ReadAhead(above, READ_AHEAD.submit(() -> {
                try (Connection c = officeSource.getConnection()) {
                    return OfficeChanges.read(c, above, Set.of(), batchSize);
                }
            }));
        }
        List<DossierPush.Outcome> dossiers = List.of();
        if (!batch.isEmpty()) {
            probe.at(SyncProbe.Step.BATCH_READ);
            central.setAutoCommit(false);
            List<Object[]> tickets = batch.tickets();
            List<Object[]> events = batch.events();
            try {
                if (second.splits(batch)) {
                    List<Object[]> otherEvents = new ArrayList<>();
                    events = new ArrayList<>();
                    int half = batch.events().size() / 2;
                    for (int i = 0; i < batch.events().size(); i++) {
                        Object[] e = batch.events().get(i);
                        // A dossier's event stays with the dossier's own writes (DossierPush checks for it).
                        (i >= half && !DossierPush.DOSSIER_CHANGED.equals(e[4]) ? otherEvents : events).add(e);
                    }
                    int ticketHalf = tickets.size() / 2;
                    second.start(tickets.subList(ticketHalf, tickets.size()), otherEvents);
                    tickets = tickets.subList(0, ticketHalf);
                }
                CentralWriter.upsertTickets(central, tickets);
                DocumentPush.write(central, office, identity.id(), batch.documents());
                probe.at(SyncProbe.Step.MID_BATCH);
                // Before the events: an event already on central means its dossier went with it.
                dossiers = DossierPush.push(central, office, identity, events);
                CentralWriter.insertEvents(central, events);
                second.finish();
                probe.at(SyncProbe.Step.BEFORE_CENTRAL_COMMIT);
                second.commit();
                central.commit();
            } catch (SQLException | RuntimeException e) {
                second.rollbackQuietly();
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

    /** The batch read ahead, if it is the one to push now; null to read it here. */
    private ChangeBatch takeAhead() {
        ReadAhead a = ahead;
        ahead = null;
        if (a == null) {
            return null;
        }
        if (a.above() != window.pushedHigh() || !window.holes().isEmpty()) {
            a.batch().cancel(false);
            return null;
        }
        try {
            return a.batch().get();
        } catch (ExecutionException e) {
            // Read it again on the round's own connection, which reports the failure if it lasts.
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncException(SyncProblem.FAILED, "interrupted while reading the office's log", e);
        }
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
