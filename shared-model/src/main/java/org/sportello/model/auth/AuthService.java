package org.sportello.model.auth;

public interface AuthService {
    /** Checks the password; a wrong login or password fails the same way, and both are logged. */
    OperatorSession login(String login, char[] password);

    /**
     * Logs in the active operator a badge is enrolled for (see {@link BadgeRegistry}); an unknown or
     * unreadable badge fails with BADGE_UNKNOWN, and is logged without its identifier.
     */
    OperatorSession loginWithBadge(String badgeId);
}
