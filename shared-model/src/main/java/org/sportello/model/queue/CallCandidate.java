package org.sportello.model.queue;

import java.time.Instant;
import java.util.UUID;

/**
 * A waiting ticket as call-next sees it. {@code callFrom} is set for an appointment ticket offered to this
 * counter (null for every other ticket): it may be called from then on, ahead of walk-ins.
 */
public record CallCandidate(UUID ticketId, UUID serviceId, PriorityClass priority, Instant queuedSince,
                            boolean targetedHere, Instant callFrom) {

    public CallCandidate(UUID ticketId, UUID serviceId, PriorityClass priority, Instant queuedSince,
                         boolean targetedHere) {
        this(ticketId, serviceId, priority, queuedSince, targetedHere, null);
    }

    public boolean isAppointment() {
        return callFrom != null;
    }
}
