package org.sportello.model.sync;

/**
 * Why the last sync round failed, in words a supervisor can be shown (ADR 0021): the office server
 * records one with its technical message, the desk shows the fault's own text in the operator's
 * language and the message only as a detail for the technician.
 */
public enum SyncFault {
    /** The link or central is down; the sync retries by itself. */
    UNREACHABLE,
    /** Central has no Sportello schema yet (or an empty contract): central init is to be run there. */
    CENTRAL_NOT_READY,
    /** The office connects with a role that is not its own office role (a superuser, an owner, another role). */
    WRONG_ROLE,
    /** The office's role is not registered on central. */
    NOT_REGISTERED,
    /** Office and central are on versions that do not sync together; one of them is to be upgraded. */
    VERSION_MISMATCH,
    /** The credentials are another office's, or central knows this office from another database. */
    WRONG_OFFICE,
    /** The office database itself has no office set up (or more than one). */
    OFFICE_NOT_SET_UP,
    /** Anything else; the sync retries by itself. */
    FAILED;

    /** What an older server wrote (only last_problem), or an unknown name: the closest fault. */
    public static SyncFault of(String fault, String problem) {
        if (fault != null) {
            for (SyncFault f : values()) {
                if (f.name().equals(fault)) {
                    return f;
                }
            }
        }
        return "UNREACHABLE".equals(problem) ? UNREACHABLE : FAILED;
    }
}
