package org.sportello.model.office;

import java.util.Map;
import java.util.UUID;

/**
 * A counter (sportello) with the services it serves and their call weights:
 * a weight of 3 makes a minute of waiting count three times.
 */
public record CounterInfo(
        UUID id,
        int number,
        String name,
        CounterState state,
        String pauseReason,
        UUID operatorId,
        Map<UUID, Integer> serviceWeights) {

    public CounterInfo {
        serviceWeights = Map.copyOf(serviceWeights);
    }

    public boolean serves(UUID serviceId) {
        return serviceWeights.containsKey(serviceId);
    }
}
