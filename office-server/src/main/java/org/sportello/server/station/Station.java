package org.sportello.server.station;

import java.time.Instant;
import org.sportello.protocol.StationRole;

/** An enrolled station as the office lists it; {@code revokedAt} and {@code lastSeenAt} may be null. */
public record Station(String name, StationRole role, String serial, Instant enrolledAt, Instant revokedAt,
                      Instant lastSeenAt) {
    public boolean isRevoked() {
        return revokedAt != null;
    }
}
