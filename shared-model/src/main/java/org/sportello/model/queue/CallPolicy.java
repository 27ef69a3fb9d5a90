package org.sportello.model.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Which waiting ticket a counter calls next.
 *
 * <ol>
 *   <li>Tickets that have waited longer than the aging limit, whatever their class, oldest first. Once a
 *       ticket ages, only older tickets can go before it, so no ticket starves: not behind a stream of
 *       priority arrivals, nor behind a heavily weighted service.</li>
 *   <li>Then priority tickets (disability, pregnancy, elderly), then standard ones. Within each, the
 *       highest weighted wait: time waited times the counter's weight for the service. Tickets of one
 *       service share a weight, so they keep first-come, first-served order.</li>
 *   <li>Ties break on the place in line, then on the id, so the choice is deterministic.</li>
 * </ol>
 * Tickets transferred to this very counter count with the counter's highest weight.
 *
 * <p>Appointment tickets (ADR 34) come before all of these, earliest appointment first, but only from their
 * {@code callFrom} (the appointment's start less the early margin), and only at a counter {@link #offers} them
 * to: the counter of the operator the appointment is with, or, while that operator is at no counter, a
 * supervisor's. An appointment is a promise of a time; a walk-in made no such promise.
 */
public final class CallPolicy {
    private final Duration agingLimit;

    public CallPolicy(Duration agingLimit) {
        this.agingLimit = agingLimit;
    }

    public Optional<CallCandidate> choose(Collection<CallCandidate> waiting, Map<java.util.UUID, Integer> weights,
                                          Instant now) {
        int maxWeight = weights.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        Comparator<CallCandidate> order = Comparator
                .comparingInt((CallCandidate c) -> tier(c, now))
                .thenComparing((CallCandidate c) -> c.isAppointment() ? c.callFrom() : Instant.MIN)
                .thenComparing(Comparator.comparingDouble(
                        (CallCandidate c) -> tier(c, now) <= AGED ? 0 : weightedWait(c, weights, maxWeight, now))
                        .reversed())
                .thenComparing(CallCandidate::queuedSince)
                .thenComparing(CallCandidate::ticketId);
        return waiting.stream()
                .filter(c -> c.isAppointment() ? !now.isBefore(c.callFrom())
                        : c.targetedHere() || weights.containsKey(c.serviceId()))
                .min(order);
    }

    /**
     * Whether an appointment ticket booked with {@code bookedWith} is offered to the counter of
     * {@code counterOperator}: always to the operator it is booked with; to a supervisor only while that operator
     * is at no counter ({@code atCounters}: the operators at an open or paused counter now).
     */
    public static boolean offers(UUID bookedWith, UUID counterOperator, boolean counterIsSupervisor,
                                 Set<UUID> atCounters) {
        if (bookedWith.equals(counterOperator)) {
            return true;
        }
        return counterIsSupervisor && !atCounters.contains(bookedWith);
    }

    private static final int APPOINTMENT = -1;
    private static final int AGED = 0;
    private static final int PRIORITY = 1;
    private static final int STANDARD = 2;

    int tier(CallCandidate c, Instant now) {
        if (c.isAppointment()) {
            return APPOINTMENT;
        }
        if (waited(c, now).compareTo(agingLimit) >= 0) {
            return AGED;
        }
        return c.priority().isPriority() ? PRIORITY : STANDARD;
    }

    private static double weightedWait(CallCandidate c, Map<java.util.UUID, Integer> weights, int maxWeight,
                                       Instant now) {
        int weight = c.targetedHere() ? maxWeight : weights.getOrDefault(c.serviceId(), 1);
        return waited(c, now).toMillis() * (double) weight;
    }

    private static Duration waited(CallCandidate c, Instant now) {
        Duration d = Duration.between(c.queuedSince(), now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
