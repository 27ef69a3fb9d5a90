package org.sportello.server.sync;

/** Why a sync round failed, which decides the CLI exit code and whether waiting can help. */
public enum SyncProblem {
    /** Central (or the office database) cannot be reached: retry later, nothing is lost. */
    UNREACHABLE,
    /** Central refuses this office (schema version, role, registration): a person must act. */
    REFUSED,
    /** Anything else; retried like an outage, reported with its message. */
    FAILED
}
