package org.sportello.display;

import java.time.Clock;
import java.time.Duration;

/**
 * The hall display's timings.
 *
 * @param clock            the clock on the board, and what "today" is for the calls read at start
 * @param pollInterval     how often the office log is read for new calls
 * @param overviewInterval how often the waiting counts are refreshed
 * @param flashTime        how long a new call stays highlighted
 * @param retryInterval    how often a display that lost the database tries again
 * @param historySize      how many log events are read at start to show today's calls
 */
public record HallSettings(Clock clock, Duration pollInterval, Duration overviewInterval, Duration flashTime,
                           Duration retryInterval, int historySize) {

    public static HallSettings defaults() {
        return new HallSettings(Clock.systemUTC(), Duration.ofMillis(100), Duration.ofSeconds(3),
                Duration.ofSeconds(6), Duration.ofSeconds(2), 2000);
    }

    public HallSettings withClock(Clock c) {
        return new HallSettings(c, pollInterval, overviewInterval, flashTime, retryInterval, historySize);
    }
}
