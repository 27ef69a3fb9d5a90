package org.sportello.operator.desk;

import java.time.Duration;
import org.sportello.model.queue.PriorityClass;
import org.sportello.model.queue.TicketStatus;

/**
 * The ticket being served, ready to show.
 *
 * @param waited    from issue to this call: how long the person waited in the hall
 * @param atCounter since this call: how long they have been at the counter (or walking to it)
 */
public record TicketCard(String code, String serviceName, PriorityClass priority, Duration waited,
                         Duration atCounter, int recalls, TicketStatus status) {
}
