package org.sportello.model.cases;

import java.util.Objects;

/** How many appointments one citizen of a caseload has missed, for the case manager to follow up. */
public record NoShowCount(String taxCode, String name, int count) {
    public NoShowCount {
        Objects.requireNonNull(taxCode, "taxCode");
        name = name == null ? "" : name;
        if (count < 1) {
            throw new IllegalArgumentException("a no-show count is at least 1");
        }
    }
}
