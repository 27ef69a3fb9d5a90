package org.sportello.model.offers;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the work is: a municipality, its province (two letters) and, when known, its coordinates in
 * decimal degrees (WGS84), which distance filters and the fit's travel check use.
 */
public record Workplace(String municipality, String province, Double lat, Double lon) {
    public Workplace {
        Objects.requireNonNull(municipality, "municipality");
        municipality = municipality.strip();
        province = province == null ? null : province.strip().toUpperCase(Locale.ROOT);
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("latitude and longitude go together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }

    public boolean located() {
        return lat != null;
    }
}
