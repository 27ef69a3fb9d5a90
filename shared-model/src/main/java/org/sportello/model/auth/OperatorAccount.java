package org.sportello.model.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An operator as the office's administrator sees it: never the password hash.
 *
 * @param lockedUntil  when a lock-out after wrong passwords ends, if one is in force or was last set
 * @param failedLogins wrong passwords in a row since the last good one (or the last lock)
 */
public record OperatorAccount(UUID id, String login, String displayName, Role role, boolean active,
                              Optional<Instant> lockedUntil, int failedLogins) {

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }
}
