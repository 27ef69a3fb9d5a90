package org.sportello.ui.unlock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.sportello.model.auth.PasswordHasher;

/**
 * The technician's way out of a locked kiosk or hall display (issue 15, ADR 31): a key sequence a
 * citizen will not press by chance on a touch screen (there is no keyboard until the technician plugs
 * one in), then the unlock password {@code sportello setup kiosk} stored as a PBKDF2 hash on the PC.
 * Checked on the PC itself, so it works while the office server is down. Three wrong passwords close
 * the gate for a minute.
 */
public final class UnlockGate {
    /** Ctrl+Alt+Shift+U: documented in the README and printed by {@code sportello setup kiosk}. */
    public static final String SEQUENCE = "Ctrl+Alt+Shift+U";
    static final int ATTEMPTS = 3;
    static final Duration LOCK_OUT = Duration.ofMinutes(1);

    /** What a password typed at the gate did. */
    public enum Answer { UNLOCKED, WRONG, LOCKED_OUT }

    private final String storedHash;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();
    private int wrong;
    private Instant closedUntil = Instant.MIN;

    public UnlockGate(String storedHash, Clock clock) {
        this.storedHash = Objects.requireNonNull(storedHash, "storedHash").strip();
        this.clock = clock;
    }

    /** True for the key sequence that opens the password prompt: U with Ctrl, Alt and Shift held. */
    public static boolean opens(String key, boolean control, boolean alt, boolean shift) {
        return control && alt && shift && "U".equalsIgnoreCase(key);
    }

    /** Checks a typed password, and wipes it. */
    public Answer attempt(char[] password) {
        try {
            Instant now = clock.instant();
            if (now.isBefore(closedUntil)) {
                return Answer.LOCKED_OUT;
            }
            if (password.length > 0 && hasher.verify(password, storedHash)) {
                wrong = 0;
                return Answer.UNLOCKED;
            }
            if (++wrong >= ATTEMPTS) {
                wrong = 0;
                closedUntil = now.plus(LOCK_OUT);
                return Answer.LOCKED_OUT;
            }
            return Answer.WRONG;
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
