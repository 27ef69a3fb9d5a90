package org.sportello.kiosk;

import java.time.Clock;
import java.time.Duration;

/**
 * The kiosk's timings.
 *
 * @param clock               decides which services are open now and how old a pending tap is
 * @param idleTimeout         no touch for this long: back to the Italian home screen, for privacy
 * @param confirmationTime    how long the ticket number stays up after printing
 * @param unprintedTime       how long it stays up when the printer failed, so it can be noted down
 * @param retryInterval       how often an out-of-service kiosk tries the database again
 * @param refreshInterval     how often the home screen re-reads services (opening hours) and the printer
 */
public record KioskSettings(Clock clock, Duration idleTimeout, Duration confirmationTime, Duration unprintedTime,
                            Duration retryInterval, Duration refreshInterval) {

    public static KioskSettings defaults() {
        return new KioskSettings(Clock.systemUTC(), Duration.ofSeconds(30), Duration.ofSeconds(8),
                Duration.ofSeconds(25), Duration.ofSeconds(2), Duration.ofSeconds(30));
    }

    public KioskSettings withClock(Clock c) {
        return new KioskSettings(c, idleTimeout, confirmationTime, unprintedTime, retryInterval, refreshInterval);
    }

    public KioskSettings withIdleTimeout(Duration d) {
        return new KioskSettings(clock, d, confirmationTime, unprintedTime, retryInterval, refreshInterval);
    }

    public KioskSettings withConfirmationTimes(Duration printed, Duration unprinted) {
        return new KioskSettings(clock, idleTimeout, printed, unprinted, retryInterval, refreshInterval);
    }

    public KioskSettings withRetryInterval(Duration d) {
        return new KioskSettings(clock, idleTimeout, confirmationTime, unprintedTime, d, refreshInterval);
    }
}
