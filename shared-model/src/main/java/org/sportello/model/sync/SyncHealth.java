package org.sportello.model.sync;

import java.time.Instant;

/**
 * How the office's sync with central stands, read from the office database alone (it answers while
 * central is away).
 *
 * @param lastSuccess when central last confirmed a round; null if never
 * @param lastAttempt when the office last tried; null if never
 * @param backlog     office events not yet confirmed on central (an upper bound while the push
 *                    waits for a late commit below them)
 * @param lastError   why the last attempt failed, the technical message (English); null after a success
 * @param fault       the kind of that failure, for the supervisor's own words; null after a success
 * @param openReviews review entries on central this office sees and nobody resolved, as the last
 *                    successful round found them; null when no round has asked yet
 */
public record SyncHealth(LinkState link, Instant lastSuccess, Instant lastAttempt, long backlog, String lastError,
                         SyncFault fault, Integer openReviews) {
}
