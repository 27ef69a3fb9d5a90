package org.sportello.model.persistence;

import java.util.Map;
import java.util.UUID;
import org.sportello.model.office.CounterState;

/** A counter row as the in-memory queue keeps it, with the weights of the services it serves. */
record LiveCounter(UUID id, int number, CounterState state, String pauseReason, UUID operatorId, long version,
                   Map<UUID, Integer> weights) {

    LiveCounter {
        weights = Map.copyOf(weights);
    }

    LiveCounter with(CounterState newState, String reason, UUID operator) {
        return new LiveCounter(id, number, newState, reason, operator, version + 1, weights);
    }
}
