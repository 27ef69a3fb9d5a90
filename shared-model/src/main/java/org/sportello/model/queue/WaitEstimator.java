package org.sportello.model.queue;

import java.time.Duration;
import java.util.List;

/**
 * Estimated wait at issue time: the people ahead, shared among the open counters that serve the
 * service, each taking the recent average visit time.
 */
public final class WaitEstimator {
    private WaitEstimator() {
    }

    public static Duration estimate(int peopleAhead, int openCounters, Duration averageVisit) {
        if (peopleAhead <= 0) {
            return Duration.ZERO;
        }
        // With no counter open yet, assume one will open: better a long estimate than none.
        int counters = Math.max(1, openCounters);
        long seconds = (long) Math.ceil(peopleAhead * (double) averageVisit.toSeconds() / counters);
        return Duration.ofSeconds(seconds);
    }

    /** Average of recent visit durations, or the service's default when there are none yet. */
    public static Duration averageVisit(List<Duration> recentVisits, Duration serviceDefault) {
        if (recentVisits.isEmpty()) {
            return serviceDefault;
        }
        long total = recentVisits.stream().mapToLong(Duration::toMillis).sum();
        return Duration.ofMillis(total / recentVisits.size());
    }

    /** Minutes to show a citizen: rounded up, never "0" while people are ahead. */
    public static int minutesToShow(Duration estimate) {
        long minutes = (estimate.toSeconds() + 59) / 60;
        return (int) Math.min(Integer.MAX_VALUE, minutes);
    }
}
