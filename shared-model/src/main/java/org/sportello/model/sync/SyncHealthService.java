package org.sportello.model.sync;

import org.sportello.model.auth.OperatorSession;

/** The sync's state for the supervisor's panel. */
public interface SyncHealthService {
    /**
     * @throws org.sportello.model.common.SportelloException ACCESS_DENIED for an operator below supervisor,
     *         OFFICE_UNAVAILABLE when the office database cannot be reached
     */
    SyncHealth read(OperatorSession who);
}
