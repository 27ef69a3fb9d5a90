package org.sportello.model.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * How many wrong passwords in a row lock a login, and for how long (issue 9: five, five minutes).
 *
 * @param attempts wrong passwords in a row that lock the login (the last of them already answers "locked")
 * @param duration how long the lock lasts; a right password during it is refused too
 */
public record LoginLockout(int attempts, Duration duration) {
    public static final LoginLockout DEFAULT = new LoginLockout(5, Duration.ofMinutes(5));
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    public LoginLockout {
        if (attempts < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a lock-out needs at least one attempt and a positive duration");
        }
    }

    /**
     * The end of a lock as the office's wall clock shows it, rounded up to the minute: whoever reads
     * "until 10:06" and tries at 10:06 gets in.
     */
    public static String endAsLocalTime(Instant until, ZoneId officeZone) {
        Instant shown = until.truncatedTo(ChronoUnit.MINUTES);
        if (shown.isBefore(until)) {
            shown = shown.plus(1, ChronoUnit.MINUTES);
        }
        return CLOCK_TIME.format(shown.atZone(officeZone));
    }
}
