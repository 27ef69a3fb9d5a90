package org.sportello.model.auth;

public interface AuthService {
    /** Checks the password; a wrong login or password fails the same way, and both are logged. */
    OperatorSession login(String login, char[] password);

    /**
     * Logs in the active operator a badge is enrolled for (see {@link BadgeRegistry}); an unknown or
     * unreadable badge fails with BADGE_UNKNOWN, and is logged without its identifier.
     */
    OperatorSession loginWithBadge(String badgeId);

    /**
     * As {@link #login}, from the named station: a failed log-in is recorded with the station and the
     * time, never with the typed text (it may be a password).
     */
    default OperatorSession login(String station, String login, char[] password) {
        return login(login, password);
    }

    /** As {@link #loginWithBadge}, from the named station. */
    default OperatorSession loginWithBadge(String station, String badgeId) {
        return loginWithBadge(badgeId);
    }
}
