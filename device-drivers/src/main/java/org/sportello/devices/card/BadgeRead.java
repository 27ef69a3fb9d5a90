package org.sportello.devices.card;

import java.util.Objects;

/**
 * An operator badge read: its identifier (normalised: upper-case hex or digits, no separators), or
 * the reason there is none. The identifier is what the operator directory maps to a person; it is
 * not a secret, so a badge log-in should still be paired with the workstation's session rules.
 *
 * @param badgeId null when the read failed
 * @param error   null when the read succeeded
 */
public record BadgeRead(String badgeId, BadgeSource source, CardReadError error, String detail) {
    public BadgeRead {
        if ((badgeId == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of badgeId and error");
        }
        detail = Objects.requireNonNullElse(detail, "");
    }

    public static BadgeRead of(String badgeId, BadgeSource source) {
        return new BadgeRead(Objects.requireNonNull(badgeId), source, null, "");
    }

    public static BadgeRead failed(BadgeSource source, CardReadError error, String detail) {
        return new BadgeRead(null, source, Objects.requireNonNull(error), detail);
    }

    public boolean isOk() {
        return badgeId != null;
    }
}
