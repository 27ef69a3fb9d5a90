package org.sportello.selfservice;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.sportello.kiosk.ScreenSize;

/**
 * The terminal's timings and display.
 *
 * @param clock         "today" for the calendar, the "published recently" chip and the printed date
 * @param zone          the office's time zone
 * @param idleTimeout   no touch for this long: everything is cleared for the next person
 * @param idleWarning   how long before that the terminal says so and offers to stay
 * @param typingPause   how long typing must pause before the results follow it
 * @param retryInterval how often an out-of-service terminal tries the office again
 * @param screen        the display, to size touch targets in millimetres
 */
public record TerminalSettings(Clock clock, ZoneId zone, Duration idleTimeout, Duration idleWarning,
                               Duration typingPause, Duration retryInterval, ScreenSize screen) {
    /** The usual self-consultation terminal: a 21.5" full-HD touch panel. */
    public static final ScreenSize PANEL_22 = ScreenSize.WALL_22;

    public static TerminalSettings defaults() {
        return new TerminalSettings(Clock.systemUTC(), ZoneId.of("Europe/Rome"), Duration.ofSeconds(90),
                Duration.ofSeconds(15), Duration.ofMillis(250), Duration.ofSeconds(3), PANEL_22);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public TerminalSettings withClock(Clock c) {
        return new TerminalSettings(c, zone, idleTimeout, idleWarning, typingPause, retryInterval, screen);
    }

    public TerminalSettings withIdle(Duration timeout, Duration warning) {
        return new TerminalSettings(clock, zone, timeout, warning, typingPause, retryInterval, screen);
    }

    public TerminalSettings withScreen(ScreenSize s) {
        return new TerminalSettings(clock, zone, idleTimeout, idleWarning, typingPause, retryInterval, s);
    }

    public TerminalSettings withRetryInterval(Duration d) {
        return new TerminalSettings(clock, zone, idleTimeout, idleWarning, typingPause, d, screen);
    }
}
