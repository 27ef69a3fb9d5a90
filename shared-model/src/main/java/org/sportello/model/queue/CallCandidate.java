package org.sportello.model.queue;

import java.time.Instant;
import java.util.UUID;

/** A waiting ticket as call-next sees it. */
public record CallCandidate(UUID ticketId, UUID serviceId, PriorityClass priority, Instant queuedSince,
                            boolean targetedHere) {
}
