package org.sportello.model.cases;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** One DID in a person's history: made on a day through a channel, withdrawn (ended) on a day or not. */
public record DidEntry(UUID id, LocalDate declaredOn, DidChannel channel, LocalDate endedOn) {
    public DidEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(declaredOn, "declaredOn");
        Objects.requireNonNull(channel, "channel");
    }
}
