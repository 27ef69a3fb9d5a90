package org.sportello.server.sync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Waits between attempts while central is away: doubling from a minimum to a maximum, each wait cut
 * by a random part of up to half, so a region's offices coming back together do not hit central in
 * step.
 */
final class Backoff {
    private final Duration min;
    private final Duration max;
    private final DoubleSupplier random;
    private int failures;

    Backoff(Duration min, Duration max, DoubleSupplier random) {
        this.min = min;
        this.max = max;
        this.random = random;
    }

    /** The wait after one more failure. */
    Duration next() {
        failures++;
        long base = min.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(Math.max(base, min.toMillis()), max.toMillis());
        return Duration.ofMillis(capped - (long) (capped * 0.5 * random.getAsDouble()));
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }
}
