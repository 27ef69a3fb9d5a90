package org.sportello.server.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sportello.model.auth.OperatorSession;
import org.sportello.model.queue.Outcome;
import org.sportello.model.queue.QueueService;
import org.sportello.model.queue.Ticket;

/**
 * An operator at a desk station who calls the next ticket the moment the previous one is finished,
 * through the desk's own link and server-side session.
 */
final class SimulatedDesk implements Runnable {
    /** One call made in a measurement window: when it was pressed and when its answer came (nanoTime). */
    record Call(int window, long pressed, long answered) {
    }

    private final QueueService queue;
    private final OperatorSession session;
    private final int counter;
    private final BenchLoad load;
    final LatencySamples[] callLatency;
    final LatencySamples[] finishLatency;
    final long[] emptyCalls;
    /** Ticket id → its call, for calls made in a window; read once this desk's thread has ended. */
    final Map<UUID, Call> calls = new HashMap<>();

    SimulatedDesk(QueueService queue, OperatorSession session, int counter, BenchLoad load, int windows) {
        this.queue = queue;
        this.session = session;
        this.counter = counter;
        this.load = load;
        this.callLatency = LatencySamples.perWindow(windows);
        this.finishLatency = LatencySamples.perWindow(windows);
        this.emptyCalls = new long[windows];
    }

    @Override
    public void run() {
        while (!load.stop) {
            if (load.desksHeld) {
                BenchLoad.sleep(BenchLoad.PAUSE);
                continue;
            }
            int window = load.window;
            long pressed = System.nanoTime();
            Optional<Ticket> next;
            try {
                next = queue.callNext(session, counter);
            } catch (RuntimeException e) {
                load.failed(e);
                BenchLoad.sleep(BenchLoad.PAUSE);
                continue;
            }
            long answered = System.nanoTime();
            boolean counted = window != BenchLoad.NOT_RECORDING && window == load.window;
            if (next.isEmpty()) {
                if (counted) {
                    emptyCalls[window]++;
                }
                BenchLoad.sleep(BenchLoad.PAUSE);
                continue;
            }
            load.waiting.decrementAndGet();
            try {
                queue.finish(session, counter, Outcome.RESOLVED);
            } catch (RuntimeException e) {
                load.failed(e);
                continue;
            }
            long finished = System.nanoTime();
            if (counted && window == load.window) {
                callLatency[window].add(answered - pressed);
                finishLatency[window].add(finished - answered);
                calls.put(next.get().id(), new Call(window, pressed, answered));
            }
        }
    }
}
