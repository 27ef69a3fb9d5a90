package org.sportello.model.offers;

import java.util.Locale;
import java.util.Optional;

/** Full or part time, as an offer states it ({@code full}, {@code part} in the import format). */
public enum OfferHours {
    FULL, PART;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OfferHours> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (OfferHours h : values()) {
            if (h.name().equals(t)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
