package org.sportello.model.documents;

import java.util.Objects;
import org.sportello.model.office.OfficeInfo;

/** The heading of every page, from the office's configuration. */
public record Letterhead(String officeCode, String officeName, String address) {
    public Letterhead {
        Objects.requireNonNull(officeCode, "officeCode");
        Objects.requireNonNull(officeName, "officeName");
        address = address == null ? "" : address;
    }

    public static Letterhead of(OfficeInfo office) {
        return new Letterhead(office.code(), office.name(), office.address());
    }

    /** The town for "Bologna, 24 novembre 2026": the address's last part, after the postcode. */
    public String town() {
        String[] parts = address.split(",");
        String last = parts[parts.length - 1].strip().replaceFirst("^\\d{5}\\s+", "");
        return last.isEmpty() ? officeName : last;
    }
}
