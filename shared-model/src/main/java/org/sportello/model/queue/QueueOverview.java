package org.sportello.model.queue;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sportello.model.office.CounterState;

/** The live state of the office queue: what the supervisor, the desks and the hall display show. */
public record QueueOverview(Instant at, List<ServiceQueue> services, List<CounterStatus> counters) implements Serializable {

    public record ServiceQueue(UUID serviceId, String prefix, int waiting, int priorityWaiting,
                               Duration longestWait, int servedToday) implements Serializable {
    }

    public record CounterStatus(UUID counterId, int number, CounterState state, String pauseReason,
                                String operatorName, String currentTicketCode) implements Serializable {
    }

    public int totalWaiting() {
        return services.stream().mapToInt(ServiceQueue::waiting).sum();
    }

    public Duration longestWait() {
        return services.stream().map(ServiceQueue::longestWait).max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
