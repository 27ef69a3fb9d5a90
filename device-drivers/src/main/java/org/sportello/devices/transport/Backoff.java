package org.sportello.devices.transport;

import java.time.Duration;

/**
 * How long to wait between reconnect attempts: {@code first}, then doubling up to {@code max}.
 * Quick at first, because a cable bumped out and back is the common case; capped, so a printer
 * switched back on is found within {@code max}.
 */
public record Backoff(Duration first, Duration max) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, got " + first + " and " + max);
        }
    }

    public Duration after(Duration previous) {
        if (previous == null) {
            return first;
        }
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }
}
