package org.sportello.server.api;

import org.sportello.model.auth.OperatorSession;
import org.sportello.protocol.StationRole;
import org.sportello.server.session.OperatorSessions;

/**
 * Who may make an operator's call: the station first (its certificate must be a desk's or the technician's), then the
 * operator's session on that very station. One rule for every service the desks use, so no service can forget the
 * station check or take an over-long token unchecked.
 */
public final class DeskOperator {
    private static final StationRole[] DESKS = {StationRole.DESK, StationRole.ADMIN};

    private DeskOperator() {
    }

    /** The operator behind {@code token} at the calling desk; refused (and said why) otherwise. */
    public static OperatorSession require(OperatorSessions sessions, String action, String token) {
        Caller caller = Caller.current().require(action, DESKS);
        return sessions.require(caller, RequestChecks.token(token));
    }
}
