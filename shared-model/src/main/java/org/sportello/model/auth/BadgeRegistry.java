package org.sportello.model.auth;

import java.util.List;

/**
 * Which badge belongs to which operator: the administrator's side of badge log-in (the desk's side
 * is {@link AuthService#loginWithBadge}). Every change is written to the office log.
 */
public interface BadgeRegistry {
    /**
     * Enrols a badge for an active operator.
     *
     * @throws org.sportello.model.common.SportelloException UNKNOWN_OPERATOR, BADGE_UNREADABLE, or
     *         BADGE_TAKEN when the badge already belongs to someone
     */
    EnrolledBadge enrol(String login, String badgeId);

    /** Removes a badge (lost, returned); false when it was not enrolled. */
    boolean revoke(String badgeId);

    /** Every enrolled badge, by login then date. */
    List<EnrolledBadge> list();
}
