package org.sportello.model.queue;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What an appointment ticket carries beyond a walk-in's (ADR 34): the operator it is booked with and the
 * moment from which it may be called (the appointment's start less the office's early margin).
 */
public record Appointed(UUID operatorId, Instant callFrom) implements Serializable {
    public Appointed {
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(callFrom, "callFrom");
    }
}
