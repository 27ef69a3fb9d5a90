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
 * @param lastError   why the last attempt failed; null after a success
 */
public record SyncHealth(LinkState link, Instant lastSuccess, Instant lastAttempt, long backlog, String lastError) {
}
