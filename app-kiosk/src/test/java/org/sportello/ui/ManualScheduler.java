package org.sportello.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sportello.model.testing.MutableClock;

/** Virtual time for ViewModel tests: timers fire, in order, only when the test moves the clock. */
public final class ManualScheduler implements Scheduler {
    private final MutableClock clock;
    private final List<Entry> entries = new ArrayList<>();

    private static final class Entry implements Timer {
        Instant due;
        final Duration period;
        final Runnable task;
        boolean cancelled;

        Entry(Instant due, Duration period, Runnable task) {
            this.due = due;
            this.period = period;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public Timer after(Duration delay, Runnable task) {
        return add(new Entry(clock.instant().plus(delay), null, task));
    }

    @Override
    public Timer every(Duration period, Runnable task) {
        return add(new Entry(clock.instant().plus(period), period, task));
    }

    private Entry add(Entry e) {
        entries.add(e);
        return e;
    }

    /** Moves the clock forward, running every timer that falls due on the way. */
    public void advance(Duration by) {
        Instant end = clock.instant().plus(by);
        while (true) {
            entries.removeIf(e -> e.cancelled);
            Optional<Entry> next = entries.stream().filter(e -> !e.due.isAfter(end))
                    .min(Comparator.comparing(e -> e.due));
            if (next.isEmpty()) {
                break;
            }
            Entry e = next.get();
            // A timer falls due at its time, or now if the test moved the office clock past it by hand (a day
            // later, say): a real scheduler runs on the machine's own ticking time and fires such a timer once,
            // not once for every period the clock skipped (nine days of 10-second refreshes ran out of memory).
            Instant ranAt = e.due.isAfter(clock.instant()) ? e.due : clock.instant();
            clock.set(ranAt);
            if (e.period == null) {
                entries.remove(e);
            } else {
                e.due = ranAt.plus(e.period);
            }
            e.task.run();
        }
        clock.set(end);
    }

    public MutableClock clock() {
        return clock;
    }
}
