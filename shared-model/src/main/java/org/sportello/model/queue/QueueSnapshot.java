package org.sportello.model.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the queue starts from, as read from the office database.
 *
 * @param day           the office's day the snapshot was read for
 * @param counters      every counter of the office
 * @param tickets       every open ticket, whatever its day, and every ticket of {@code day} and the day before
 *                      (codes are looked up by day, and a tap may be retried over midnight)
 * @param lastNumbers   the last ticket number given per service on {@code day} and the day before
 * @param recentVisits  per service, the most recent visit times, the latest first
 * @param operatorNames display names of the office's operators, for the overview
 */
public record QueueSnapshot(LocalDate day, List<CounterRow> counters, List<TicketRow> tickets,
                            Map<ServiceDay, Integer> lastNumbers, Map<UUID, List<Duration>> recentVisits,
                            Map<UUID, String> operatorNames) {
    public QueueSnapshot {
        counters = List.copyOf(counters);
        tickets = List.copyOf(tickets);
        lastNumbers = Map.copyOf(lastNumbers);
        recentVisits = Map.copyOf(recentVisits);
        operatorNames = Map.copyOf(operatorNames);
    }

    /** A new office: no tickets, no numbers, no visits yet. */
    public static QueueSnapshot empty(LocalDate day, List<CounterRow> counters) {
        return new QueueSnapshot(day, counters, List.of(), Map.of(), Map.of(), Map.of());
    }
}
