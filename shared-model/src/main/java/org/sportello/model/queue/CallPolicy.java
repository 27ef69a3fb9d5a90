package org.sportello.model.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Which waiting ticket a counter calls next.
 *
 * <ol>
 *   <li>Priority tickets first. A standard ticket that has waited longer than the aging limit joins them,
 *       so no ticket starves behind a stream of priority arrivals.</li>
 *   <li>Within that class, the highest weighted wait: seconds waited times the counter's weight for the
 *       service. A waiting ticket's score only grows while a newcomer starts at zero, so every ticket is
 *       eventually first; tickets of the same service keep first-come, first-served order.</li>
 *   <li>Ties break on the place in line, then on the id, so the choice is deterministic.</li>
 * </ol>
 * Tickets transferred to this very counter count with the counter's highest weight.
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
                .comparing((CallCandidate c) -> effectivePriority(c, now)).reversed()
                .thenComparing(Comparator.comparingDouble(
                        (CallCandidate c) -> weightedWait(c, weights, maxWeight, now)).reversed())
                .thenComparing(CallCandidate::queuedSince)
                .thenComparing(CallCandidate::ticketId);
        return waiting.stream()
                .filter(c -> c.targetedHere() || weights.containsKey(c.serviceId()))
                .min(order);
    }

    boolean effectivePriority(CallCandidate c, Instant now) {
        return c.priority().isPriority() || waited(c, now).compareTo(agingLimit) >= 0;
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
