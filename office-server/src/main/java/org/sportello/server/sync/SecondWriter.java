package org.sportello.server.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sportello.server.central.CentralLogin;

/**
 * A second central connection that writes half of a large batch while the round's own connection
 * writes the other half (ADR 0021). Central spends most of a catch-up inside the two upserts, one
 * PostgreSQL backend on one core; two backends use two. The halves hold different tickets and
 * different events (a batch names each once), so they never wait on each other's rows. Both
 * transactions must commit before the office's cursor moves; when either fails both roll back, and a
 * half that did commit is sent again with the batch, which the idempotent upserts make harmless.
 *
 * <p>Opened on the first batch large enough to split, closed with the round.
 */
final class SecondWriter implements AutoCloseable {
    /** Below this many events a batch goes in one piece: a steady-state round carries a handful. */
    static final int SPLIT_AT = 256;
    private static final ExecutorService WRITERS = Executors.newVirtualThreadPerTaskExecutor();

    private final CentralLogin login;
    private final int splitAt;
    private Connection connection;
    private Future<?> writing;

    /**
     * @param login     the office's own central login; null never splits
     * @param batchSize the push's batch size: a full batch always splits, however small
     */
    SecondWriter(CentralLogin login, int batchSize) {
        this.login = login;
        this.splitAt = Math.max(2, Math.min(SPLIT_AT, batchSize));
    }

    boolean splits(ChangeBatch batch) {
        return login != null && batch.events().size() >= splitAt;
    }

    /** Starts writing these rows in a transaction of its own; {@link #finish} waits for it. */
    void start(List<Object[]> tickets, List<Object[]> events) throws SQLException {
        if (connection == null) {
            connection = login.connect();
            connection.setAutoCommit(false);
        }
        Connection c = connection;
        writing = WRITERS.submit(() -> {
            CentralWriter.upsertTickets(c, tickets);
            CentralWriter.insertEvents(c, events);
            return null;
        });
    }

    /** Waits for the half to be written (not committed); rethrows its failure. */
    void finish() throws SQLException {
        Future<?> w = writing;
        writing = null;
        if (w == null) {
            return;
        }
        try {
            w.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new SyncException(SyncProblem.FAILED, "central failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            w.cancel(true);
            Thread.currentThread().interrupt();
            throw new SyncException(SyncProblem.FAILED, "interrupted while central was writing a batch", e);
        }
    }

    void commit() throws SQLException {
        if (connection != null) {
            connection.commit();
        }
    }

    /** Rolls back whatever the half wrote; waits for it first, since a connection takes one statement at a time. */
    void rollbackQuietly() {
        try {
            finish();
        } catch (SQLException | RuntimeException ignored) {
            // Its failure is not the one to report: the batch failed already.
        }
        if (connection != null) {
            try {
                connection.rollback();
            } catch (SQLException e) {
                closeQuietly();
            }
        }
    }

    @Override
    public void close() {
        rollbackQuietly();
        closeQuietly();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Gone already: the server rolled back by itself.
            }
            connection = null;
        }
    }
}
