package org.sportello.model.profile;

import java.util.Objects;

/**
 * Whether this office is the one competent for a citizen, by the municipality they live in (domicile,
 * else residence), and when not, which office is, as the office's territory table says.
 *
 * @param office the competent office's code, name and address; null unless {@link Standing#OTHER_OFFICE}
 */
public record Competence(Standing standing, String municipality, OfficeRef office) {
    public enum Standing {
        /** The municipality is in this office's area. */
        THIS_OFFICE,
        /** Another office's area: {@code office} says which. */
        OTHER_OFFICE,
        /** No office of the territory table serves the municipality. */
        UNKNOWN_AREA,
        /** No domicile nor residence on file yet. */
        NO_ADDRESS
    }

    public record OfficeRef(String code, String name, String address) {
        public OfficeRef {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
        }
    }

    public Competence {
        Objects.requireNonNull(standing, "standing");
        if ((standing == Standing.OTHER_OFFICE) != (office != null)) {
            throw new IllegalArgumentException("another office is named exactly when it is competent");
        }
    }
}
