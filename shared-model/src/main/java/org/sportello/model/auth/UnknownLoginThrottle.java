package org.sportello.model.auth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Lock-out for logins no operator has, held in memory: they have no row to count in, yet must be
 * locked like real ones after the same number of wrong tries, or the lock-out would tell a guesser
 * which logins exist. Bounded, so a flood of invented logins cannot fill the server's memory; what
 * it forgets is only a guesser's count.
 */
public final class UnknownLoginThrottle {
    private static final int MAX_LOGINS = 10_000;

    private record Count(int failures, Instant lockedUntil) {
    }

    private final LoginLockout policy;
    private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > MAX_LOGINS;
        }
    };

    public UnknownLoginThrottle(LoginLockout policy) {
        this.policy = policy;
    }

    /** When the lock on this login ends, if one is in force at {@code now}. */
    public synchronized Optional<Instant> lockedUntil(String login, Instant now) {
        Count c = counts.get(login);
        return c != null && c.lockedUntil() != null && now.isBefore(c.lockedUntil())
                ? Optional.of(c.lockedUntil()) : Optional.empty();
    }

    /** Counts a wrong try; returns when the lock ends if this try locked the login. */
    public synchronized Optional<Instant> failed(String login, Instant now) {
        Count c = counts.get(login);
        int failures = (c == null || c.lockedUntil() != null ? 0 : c.failures()) + 1;
        if (failures >= policy.attempts()) {
            Instant until = now.plus(policy.duration());
            counts.put(login, new Count(0, until));
            return Optional.of(until);
        }
        counts.put(login, new Count(failures, null));
        return Optional.empty();
    }
}
