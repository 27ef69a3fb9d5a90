package org.sportello.model.company;

import java.util.List;
import java.util.Optional;

/**
 * The desk's check before the stamped copy: what is missing (nothing when complete), and whether the
 * communication is late by the office's rules (unknown while the kind or event date is missing).
 */
public record CommunicationCheck(List<CommunicationField> missing, Optional<Lateness> lateness) {
    public CommunicationCheck {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }
}
