package org.sportello.model.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The waiting tickets of an office, kept in line order: one line per service and priority class,
 * one per counter for tickets transferred to that counter, and one per operator for the appointment tickets
 * booked with them (earliest appointment first). Only a line's head can be called, so
 * call-next looks at a handful of heads however long the lines are.
 */
final class QueueLines {
    private final Map<UUID, EnumMap<PriorityClass, TreeSet<TicketRow>>> byService = new HashMap<>();
    private final Map<UUID, TreeSet<TicketRow>> byTargetCounter = new HashMap<>();
    private final Map<UUID, TreeSet<TicketRow>> byBookedOperator = new HashMap<>();
    private static final java.util.Comparator<TicketRow> APPOINTMENT_ORDER = java.util.Comparator
            .comparing((TicketRow t) -> t.appointed().callFrom()).thenComparing(TicketRow.PLACE_IN_LINE);
    private final Map<UUID, int[]> counts = new HashMap<>(); // service → {waiting, priority waiting}

    void add(TicketRow t) {
        if (t.ticket().status() != TicketStatus.WAITING) {
            return;
        }
        line(t).add(t);
        int[] c = counts.computeIfAbsent(t.ticket().serviceId(), k -> new int[2]);
        c[0]++;
        if (t.ticket().priority().isPriority()) {
            c[1]++;
        }
    }

    void remove(TicketRow t) {
        if (t.ticket().status() != TicketStatus.WAITING) {
            return;
        }
        if (line(t).remove(t)) {
            int[] c = counts.get(t.ticket().serviceId());
            c[0]--;
            if (t.ticket().priority().isPriority()) {
                c[1]--;
            }
        }
    }

    private TreeSet<TicketRow> line(TicketRow t) {
        UUID target = t.ticket().targetCounterId();
        if (target != null) {
            return byTargetCounter.computeIfAbsent(target, k -> new TreeSet<>(TicketRow.PLACE_IN_LINE));
        }
        // Sent on to another service, an appointment ticket waits there as any other.
        if (t.appointed() != null && t.ticket().serviceId().equals(t.issuedServiceId())) {
            return byBookedOperator.computeIfAbsent(t.appointed().operatorId(), k -> new TreeSet<>(APPOINTMENT_ORDER));
        }
        return byService.computeIfAbsent(t.ticket().serviceId(), k -> new EnumMap<>(PriorityClass.class))
                .computeIfAbsent(t.ticket().priority(), k -> new TreeSet<>(TicketRow.PLACE_IN_LINE));
    }

    /** The heads a counter may call: each served service's class lines, plus its own transfer line. */
    List<CallCandidate> candidates(UUID counterId, Iterable<UUID> services) {
        List<CallCandidate> heads = new ArrayList<>();
        for (UUID service : services) {
            EnumMap<PriorityClass, TreeSet<TicketRow>> lines = byService.get(service);
            if (lines != null) {
                for (TreeSet<TicketRow> line : lines.values()) {
                    if (!line.isEmpty()) {
                        heads.add(candidate(line.first(), false));
                    }
                }
            }
        }
        TreeSet<TicketRow> mine = byTargetCounter.get(counterId);
        if (mine != null && !mine.isEmpty()) {
            heads.add(candidate(mine.first(), true));
        }
        return heads;
    }

    /** The head of each operator's appointment line, by the operator it is booked with. */
    Map<UUID, CallCandidate> appointmentHeads() {
        Map<UUID, CallCandidate> heads = new HashMap<>();
        byBookedOperator.forEach((operator, line) -> {
            if (!line.isEmpty()) {
                TicketRow t = line.first();
                heads.put(operator, new CallCandidate(t.id(), t.ticket().serviceId(), t.ticket().priority(),
                        t.ticket().queuedSince(), false, t.appointed().callFrom()));
            }
        });
        return heads;
    }

    private static CallCandidate candidate(TicketRow t, boolean targetedHere) {
        return new CallCandidate(t.id(), t.ticket().serviceId(), t.ticket().priority(), t.ticket().queuedSince(),
                targetedHere);
    }

    /** Waiting in a service, transfers to a counter included; priority classes only when asked. */
    int waiting(UUID serviceId, boolean priorityOnly) {
        int[] c = counts.get(serviceId);
        return c == null ? 0 : c[priorityOnly ? 1 : 0];
    }

    /** When the longest-waiting ticket of a service joined the line, or null. */
    Instant oldest(UUID serviceId) {
        Instant oldest = null;
        EnumMap<PriorityClass, TreeSet<TicketRow>> lines = byService.get(serviceId);
        if (lines != null) {
            for (TreeSet<TicketRow> line : lines.values()) {
                oldest = earlier(oldest, line.isEmpty() ? null : line.first());
            }
        }
        for (TreeSet<TicketRow> line : byTargetCounter.values()) {
            for (TicketRow t : line) {
                if (t.ticket().serviceId().equals(serviceId)) {
                    oldest = earlier(oldest, t);
                    break; // the first of this service in a line is its oldest there
                }
            }
        }
        return oldest;
    }

    private static Instant earlier(Instant so, TicketRow t) {
        if (t == null) {
            return so;
        }
        Instant at = t.ticket().queuedSince();
        return so == null || at.isBefore(so) ? at : so;
    }

    /** Every waiting ticket in line order across all lines. */
    List<TicketRow> all() {
        List<TicketRow> all = new ArrayList<>();
        byService.values().forEach(m -> m.values().forEach(all::addAll));
        byTargetCounter.values().forEach(all::addAll);
        byBookedOperator.values().forEach(all::addAll);
        all.sort(TicketRow.PLACE_IN_LINE);
        return all;
    }
}
