package org.sportello.server.station;

import java.time.Instant;
import org.sportello.protocol.StationRole;
import org.sportello.protocol.station.EnrolmentCodes;

/** A one-time code for a station to join with; {@code code} is without dashes. */
public record EnrolmentCode(String name, StationRole role, String code, Instant expiresAt) {
    /** {@code K7QF-9XWM-3RTA-PZ4N}, as it is shown to the technician. */
    public String grouped() {
        return EnrolmentCodes.grouped(code);
    }
}
