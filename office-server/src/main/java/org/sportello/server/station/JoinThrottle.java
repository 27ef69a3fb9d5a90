package org.sportello.server.station;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing on the enrolment port: after a few refused joins from one address within a
 * minute, that address is refused without a check until the minute has passed. A code has 80 random
 * bits, so this is a second fence, not the first.
 */
final class JoinThrottle {
    static final int FAILURES_PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    JoinThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean allows(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return true;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() < FAILURES_PER_WINDOW;
        }
    }

    void failed(String address) {
        if (failures.size() > MAX_ADDRESSES) {
            // Someone is trying from very many addresses; forget the old ones rather than grow without end.
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> recent) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.removeFirst();
        }
    }
}
