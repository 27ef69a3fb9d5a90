package org.sportello.display.devices;

import java.time.Duration;
import java.util.Optional;
import org.sportello.devices.board.BoardCall;
import org.sportello.devices.board.BoardResult;
import org.sportello.devices.board.DisplayBoard;

/**
 * One board's own worker: updates go out one at a time, so a slow or unplugged board delays nothing
 * else. A board shows the present, so calls that pile up while it is busy or failing collapse into
 * the newest one; a failed update is reported once and retried until the board takes it.
 */
final class BoardLane implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(BoardLane.class.getName());

    private final BoardTarget target;
    private final DisplayBoard board;
    private final HallDevices.Listener listener;
    private final RetryingWorker worker;
    /** The next update: a call, empty to clear, null for none. */
    private Optional<BoardCall> pending;
    private volatile BoardResult last;
    private boolean failing;

    BoardLane(BoardTarget target, DisplayBoard board, Duration retryDelay, HallDevices.Listener listener) {
        this.target = target;
        this.board = board;
        this.listener = listener;
        this.worker = new RetryingWorker("board-" + target.name(), this::flush, retryDelay);
    }

    BoardTarget target() {
        return target;
    }

    DisplayBoard board() {
        return board;
    }

    /** The outcome of the latest update; null before the first. */
    BoardResult last() {
        return last;
    }

    void show(BoardCall call) {
        synchronized (this) {
            pending = Optional.of(call);
        }
        worker.runNow();
    }

    /** Blank, as soon as the board takes it; a call that comes after wins. */
    void clear() {
        synchronized (this) {
            pending = Optional.empty();
        }
        worker.runNow();
    }

    private void flush() {
        Optional<BoardCall> update;
        synchronized (this) {
            update = pending;
            pending = null;
        }
        if (update == null) {
            return;
        }
        BoardCall call = update.orElse(null);
        BoardResult result;
        try {
            result = call == null ? board.clear() : board.show(call);
        } catch (RuntimeException e) {
            // Drivers report faults as results; anything else is a bug, and must not stop this lane.
            result = BoardResult.failed(board.status(), board.describe() + ": " + e);
        }
        last = result;
        listener.boardUpdated(target.name(), call, result);
        if (result.sent()) {
            if (failing) {
                LOG.log(System.Logger.Level.INFO, "board {0} takes calls again ({1})", target.name(), board.describe());
            }
            failing = false;
            return;
        }
        if (!failing) {
            LOG.log(System.Logger.Level.WARNING, "board {0} did not take {1}: {2}; retrying every {3} s",
                    target.name(), call == null ? "a clear" : call.ticketCode(), result.detail(), worker.retryDelay().toSeconds());
        }
        failing = true;
        synchronized (this) {
            if (pending == null) {
                pending = update; // keep it, unless a newer update came in meanwhile
            }
        }
        worker.retryLater();
    }

    /** True while the board's last update failed and a retry is pending. */
    boolean failing() {
        return last != null && !last.sent();
    }

    @Override
    public void close() {
        worker.close();
        board.close();
    }
}
