package org.sportello.server.session;

import org.sportello.model.auth.OperatorSession;
import org.sportello.server.api.Caller;

/**
 * Operators' sessions, held by the server (ADR 23). A session is bound to the station it was opened
 * on, ends after an idle time (set in the office set-up, 30 minutes by default), at log-out, and when
 * its station is revoked. Logins are checked here, against hashes that never leave the server; after
 * five wrong passwords in a row a login is locked for five minutes.
 */
public interface OperatorSessions {

    /** An open session and its bearer token, which means nothing from another station. */
    record Opened(String token, OperatorSession operator, java.time.Duration idleExpiry) {
    }

    /**
     * @throws org.sportello.model.common.SportelloException LOGIN_FAILED, LOGIN_LOCKED
     */
    Opened login(Caller station, String login, char[] password);

    /** @throws org.sportello.model.common.SportelloException BADGE_UNKNOWN */
    Opened loginWithBadge(Caller station, String badgeId);

    /**
     * The operator of a session of this station, and the session's idle clock restarted.
     *
     * @throws org.sportello.model.common.SportelloException NOT_LOGGED_IN (no or unknown token, or a token
     *         of another station), SESSION_EXPIRED
     */
    OperatorSession require(Caller station, String token);

    void logout(Caller station, String token);

    /** Ends every session of a station (revoked). */
    void endAll(String stationName);
}
