package org.sportello.kiosk;

import java.time.Clock;
import java.time.Duration;

/**
 * The kiosk's name and timings.
 *
 * @param station             the kiosk's local label; the office server names the kiosk in the desks' printer
 *                            warnings from its station certificate, whatever this says
 * @param clock               decides which services are open now and how old a pending tap is
 * @param idleTimeout         no touch for this long: back to the Italian home screen, for privacy
 * @param confirmationTime    how long the ticket number stays up after printing
 * @param unprintedTime       how long it stays up when the printer failed, so it can be noted down
 * @param retryInterval       how often an out-of-service kiosk tries the database again
 * @param refreshInterval     how often the home screen re-reads services (opening hours), which counters are
 *                            open (a tile says when nobody serves it) and the printer
 * @param printerCheckInterval how often the printer is asked for its status, so a loaded roll or a
 *                            closed cover clears the desks' warning without waiting for a citizen
 * @param idleWarning         how long before the idle reset the kiosk says it is coming (and offers to stay),
 *                            when the reset would take away a language or a choice
 * @param screen              the display, to size touch targets in millimetres
 */
public record KioskSettings(String station, Clock clock, Duration idleTimeout, Duration confirmationTime,
                            Duration unprintedTime, Duration retryInterval, Duration refreshInterval,
                            Duration printerCheckInterval, Duration idleWarning, ScreenSize screen) {

    public static KioskSettings defaults() {
        return new KioskSettings("Chiosco 1", Clock.systemUTC(), Duration.ofSeconds(45), Duration.ofSeconds(8),
                Duration.ofSeconds(25), Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(5),
                Duration.ofSeconds(15), ScreenSize.TOTEM_32);
    }

    public KioskSettings withScreen(ScreenSize s) {
        return new KioskSettings(station, clock, idleTimeout, confirmationTime, unprintedTime, retryInterval,
                refreshInterval, printerCheckInterval, idleWarning, s);
    }

    public KioskSettings withStation(String name) {
        return new KioskSettings(name, clock, idleTimeout, confirmationTime, unprintedTime, retryInterval,
                refreshInterval, printerCheckInterval, idleWarning, screen);
    }

    public KioskSettings withClock(Clock c) {
        return new KioskSettings(station, c, idleTimeout, confirmationTime, unprintedTime, retryInterval,
                refreshInterval, printerCheckInterval, idleWarning, screen);
    }

    public KioskSettings withIdleTimeout(Duration d) {
        return new KioskSettings(station, clock, d, confirmationTime, unprintedTime, retryInterval,
                refreshInterval, printerCheckInterval, idleWarning, screen);
    }

    public KioskSettings withConfirmationTimes(Duration printed, Duration unprinted) {
        return new KioskSettings(station, clock, idleTimeout, printed, unprinted, retryInterval,
                refreshInterval, printerCheckInterval, idleWarning, screen);
    }

    public KioskSettings withRetryInterval(Duration d) {
        return new KioskSettings(station, clock, idleTimeout, confirmationTime, unprintedTime, d,
                refreshInterval, printerCheckInterval, idleWarning, screen);
    }
}
