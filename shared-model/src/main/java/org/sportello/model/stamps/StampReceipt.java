package org.sportello.model.stamps;

import java.time.ZoneId;
import java.util.Objects;
import org.sportello.model.seal.SealPayload;

/**
 * What the kiosk prints after a stamp: the stamp, the office's name and zone for the paper, and the office's seal
 * over the stamp's number (its QR checks at any counter as a document's does). {@code repeated} says the citizen had
 * already stamped today: this is that first stamp again, not a new one.
 */
public record StampReceipt(Stamp stamp, String officeName, ZoneId zone, SealPayload seal, boolean repeated) {
    public StampReceipt {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(seal, "seal");
    }
}
