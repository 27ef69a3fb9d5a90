package org.sportello.server.offers;

import java.util.Locale;
import java.util.Objects;
import org.sportello.model.offers.Workplace;
import org.sportello.model.profile.Address;

/** A municipality of the places file: its name, province (two letters) and coordinates (WGS84 degrees). */
public record Place(String name, String province, double lat, double lon) {
    public static final int MAX_NAME = 100;

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
        name = name.strip();
        province = province.strip().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a place's name must have 1 to " + MAX_NAME + " characters");
        }
        if (!province.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a province is two letters");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }

    /** As offices' territory lists and citizens' addresses key a municipality ({@link Address#key}). */
    public String key() {
        return Address.key(name, province);
    }

    /** The name alone, folded the same way: what a "Dove" typed without its province matches. */
    public String nameKey() {
        return Address.key(name, null);
    }

    public Workplace workplace() {
        return new Workplace(name, province, lat, lon);
    }

    public double kmTo(double otherLat, double otherLon) {
        return GeoDistance.km(lat, lon, otherLat, otherLon);
    }
}
