package org.sportello.model.stamps;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.sportello.model.protocol.ProtocolNumber;

/**
 * One attendance stamp ("timbratura del cartellino", issue 13): who stamped (the canonical codice fiscale), when by
 * the office server's clock, at which kiosk, and the protocol number the register gave it.
 */
public record Stamp(UUID id, String taxCode, Instant at, String station, ProtocolNumber number) {
    public Stamp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taxCode, "taxCode");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(number, "number");
    }
}
