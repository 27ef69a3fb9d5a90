package org.sportello.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * What an enrolled station is for; it is written into the station's certificate by the office CA and
 * decides what the server lets the station do (ADR 23). {@link #ADMIN} is the server machine's own
 * credential, for the commands its administrator runs there.
 */
public enum StationRole {
    KIOSK,
    DISPLAY,
    DESK,
    SELF_SERVICE,
    ADMIN;

    /** The name on the command line and in the certificate: {@code kiosk}, {@code self-service}… */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<StationRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (StationRole r : values()) {
            if (r.name().equals(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Roles a technician may enrol; the admin credential is made by the server itself. */
    public boolean enrollable() {
        return this != ADMIN;
    }
}
