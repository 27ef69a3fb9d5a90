package org.sportello.model.sync;

import java.time.Duration;
import java.time.Instant;

/** The office's link to central as its last sync attempt left it. */
public enum LinkState {
    /** The office has never tried to sync (no central configured). */
    NEVER_SYNCED,
    /** The last attempt succeeded and is recent. */
    UP,
    /** Central or the link cannot be reached; the sync retries by itself. */
    DOWN,
    /** Central refuses this office (schema version, role, registration): a person must act. */
    REFUSED,
    /** The last attempt failed for another reason; the sync retries by itself. */
    FAILED,
    /** No attempt for longer than {@link #IDLE_AFTER}: the sync is not running (server stopped, no central set). */
    IDLE;

    /** A running sync tries at least every minute, even while it backs off. */
    public static final Duration IDLE_AFTER = Duration.ofMinutes(3);

    /**
     * @param problem what the office recorded for the last failure (UNREACHABLE, REFUSED, FAILED), null
     *                after a success
     */
    public static LinkState of(Instant lastAttempt, String problem, Instant now) {
        if (lastAttempt == null) {
            return NEVER_SYNCED;
        }
        if (lastAttempt.plus(IDLE_AFTER).isBefore(now)) {
            return IDLE;
        }
        if (problem == null) {
            return UP;
        }
        return switch (problem) {
            case "UNREACHABLE" -> DOWN;
            case "REFUSED" -> REFUSED;
            default -> FAILED;
        };
    }

    /** States a supervisor should act on or watch. */
    public boolean isTrouble() {
        return this != UP && this != NEVER_SYNCED;
    }
}
