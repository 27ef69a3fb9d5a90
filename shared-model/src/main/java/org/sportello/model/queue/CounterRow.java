package org.sportello.model.queue;

import java.util.Map;
import java.util.UUID;
import org.sportello.model.office.CounterState;

/** A counter as the queue keeps and stores it, with the weights of the services it serves. */
public record CounterRow(UUID id, int number, CounterState state, String pauseReason, UUID operatorId, long version,
                         Map<UUID, Integer> weights) {

    public CounterRow {
        weights = Map.copyOf(weights);
    }

    CounterRow with(CounterState newState, String reason, UUID operator) {
        return new CounterRow(id, number, newState, reason, operator, version + 1, weights);
    }
}
