package org.sportello.server.sync;

import java.time.Duration;

/**
 * @param batchSize  office_event rows per push transaction (and catalogue rows per pull)
 * @param holeGrace  how long a missing office_event id may still turn up as a late commit before it
 *                   is taken for a rolled-back insert (ADR 0010)
 * @param backoffMin first wait after a failure
 * @param backoffMax longest wait between attempts while central stays away
 * @param pollEvery  wait between rounds while everything works
 */
public record SyncSettings(int batchSize, Duration holeGrace, Duration backoffMin, Duration backoffMax,
                           Duration pollEvery) {
    public static final SyncSettings DEFAULT = new SyncSettings(2000, Duration.ofMinutes(2), Duration.ofSeconds(1),
            Duration.ofMinutes(1), Duration.ofSeconds(1));

    public SyncSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
    }

    public SyncSettings withBatchSize(int size) {
        return new SyncSettings(size, holeGrace, backoffMin, backoffMax, pollEvery);
    }

    public SyncSettings withPollEvery(Duration every) {
        return new SyncSettings(batchSize, holeGrace, backoffMin, backoffMax, every);
    }
}
