package org.sportello.model.offers;

import java.util.Locale;
import java.util.Optional;

/** The contract an offer proposes, by the names the import format uses ({@code fixed-term}…). */
public enum ContractType {
    PERMANENT, FIXED_TERM, APPRENTICESHIP, INTERNSHIP, TEMPORARY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ContractType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ContractType c : values()) {
            if (c.name().equals(t)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
