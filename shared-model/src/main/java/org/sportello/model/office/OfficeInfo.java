package org.sportello.model.office;

import java.time.ZoneId;
import java.util.UUID;

/**
 * The office as every station reads it. {@code stampingOffered}: citizens stamp their attendance card at the kiosk
 * here (set-up key {@code stamping.offered}, ADR 35).
 */
public record OfficeInfo(UUID id, String code, String name, String address, ZoneId zone, boolean stampingOffered) {
    /** An office without attendance stamping. */
    public OfficeInfo(UUID id, String code, String name, String address, ZoneId zone) {
        this(id, code, name, address, zone, false);
    }
}
