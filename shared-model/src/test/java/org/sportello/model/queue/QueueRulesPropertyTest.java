package org.sportello.model.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of call-next, checked on random offices: a simulated queue where tickets arrive and
 * counters call, driven only by {@link CallPolicy}.
 */
class QueueRulesPropertyTest {
    static final Instant T0 = Instant.parse("2026-11-24T08:30:00Z");
    static final Duration AGING = Duration.ofMinutes(30);
    static final List<UUID> SERVICES = List.of(new UUID(9, 1), new UUID(9, 2), new UUID(9, 3));

    record Arrival(int service, PriorityClass priority, int gapSeconds) {
    }

    @Provide
    Arbitrary<List<Arrival>> arrivals() {
        Arbitrary<PriorityClass> priority = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(PriorityClass.STANDARD)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(PriorityClass.DISABILITY, PriorityClass.PREGNANCY,
                        PriorityClass.ELDERLY)));
        return Combinators.combine(Arbitraries.integers().between(0, 2), priority,
                        Arbitraries.integers().between(0, 120))
                .as(Arrival::new).list().ofMinSize(1).ofMaxSize(120);
    }

    @Provide
    Arbitrary<Map<UUID, Integer>> weights() {
        return Arbitraries.integers().between(1, 5).list().ofSize(3).map(w -> {
            Map<UUID, Integer> m = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                m.put(SERVICES.get(i), w.get(i));
            }
            return m;
        });
    }

    /** A simulated hall: every {@code callEverySeconds} one counter serving all services calls. */
    static final class Hall {
        final CallPolicy policy = new CallPolicy(AGING);
        final List<CallCandidate> waiting = new ArrayList<>();
        final List<CallCandidate> called = new ArrayList<>();
        final Map<UUID, Instant> calledAt = new HashMap<>();
        long next = 1;

        CallCandidate arrive(Arrival a, Instant at) {
            CallCandidate c = new CallCandidate(new UUID(7, next++), SERVICES.get(a.service()), a.priority(), at, false);
            waiting.add(c);
            return c;
        }

        Optional<CallCandidate> call(Map<UUID, Integer> weights, Instant at) {
            Optional<CallCandidate> chosen = policy.choose(waiting, weights, at);
            chosen.ifPresent(c -> {
                waiting.remove(c);
                called.add(c);
                calledAt.put(c.ticketId(), at);
            });
            return chosen;
        }
    }

    /** Runs arrivals and calls interleaved, then drains; returns the hall. */
    static Hall simulate(List<Arrival> arrivals, Map<UUID, Integer> weights, int callEverySeconds) {
        Hall hall = new Hall();
        Instant t = T0;
        Instant nextCall = T0.plusSeconds(callEverySeconds);
        for (Arrival a : arrivals) {
            t = t.plusSeconds(a.gapSeconds());
            while (!nextCall.isAfter(t)) {
                hall.call(weights, nextCall);
                nextCall = nextCall.plusSeconds(callEverySeconds);
            }
            hall.arrive(a, t);
        }
        while (!hall.waiting.isEmpty()) {
            hall.call(weights, nextCall);
            nextCall = nextCall.plusSeconds(callEverySeconds);
        }
        return hall;
    }

    @Property
    void everyTicketIsCalledExactlyOnce(@ForAll("arrivals") List<Arrival> arrivals,
                                        @ForAll("weights") Map<UUID, Integer> weights,
                                        @ForAll @IntRange(min = 10, max = 300) int callEvery) {
        Hall hall = simulate(arrivals, weights, callEvery);
        Set<UUID> ids = new HashSet<>();
        hall.called.forEach(c -> assertThat(ids.add(c.ticketId())).as("called twice: %s", c).isTrue());
        assertThat(hall.called).hasSize(arrivals.size());
    }

    @Property
    void firstComeFirstServedWithinAServiceAndClass(@ForAll("arrivals") List<Arrival> arrivals,
                                                    @ForAll("weights") Map<UUID, Integer> weights,
                                                    @ForAll @IntRange(min = 10, max = 300) int callEvery) {
        Hall hall = simulate(arrivals, weights, callEvery);
        Map<String, Instant> lastQueued = new HashMap<>();
        for (CallCandidate c : hall.called) {
            // A citizen's line is their service and class; aging only moves the oldest forward.
            String line = c.serviceId() + "/" + c.priority().isPriority();
            Instant previous = lastQueued.put(line, c.queuedSince());
            if (previous != null) {
                assertThat(c.queuedSince()).as("overtaken in line %s", line).isAfterOrEqualTo(previous);
            }
        }
    }

    @Property
    void noTicketStarvesBehindAStreamOfPriorityArrivals(@ForAll @IntRange(min = 1, max = 5) int weight,
                                                        @ForAll @IntRange(min = 20, max = 200) int streamLength) {
        // One standard ticket, then priority tickets arriving faster than the counter serves them.
        List<Arrival> arrivals = new ArrayList<>();
        arrivals.add(new Arrival(0, PriorityClass.STANDARD, 0));
        for (int i = 0; i < streamLength; i++) {
            arrivals.add(new Arrival(1, PriorityClass.ELDERLY, 30));
        }
        Map<UUID, Integer> weights = Map.of(SERVICES.get(0), 1, SERVICES.get(1), weight, SERVICES.get(2), 1);
        Hall hall = simulate(arrivals, weights, 60);
        UUID standard = hall.called.stream().filter(c -> !c.priority().isPriority()).findFirst().orElseThrow()
                .ticketId();
        Duration waited = Duration.between(T0, hall.calledAt.get(standard));
        // Once aged it is the oldest ticket in the hall, so the next call after 30 minutes takes it.
        assertThat(waited).isLessThanOrEqualTo(AGING.plus(Duration.ofMinutes(1)));
    }

    @Property
    void aTransferredTicketKeepsItsPlace(@ForAll @IntRange(min = 1, max = 30) int aheadInNewLine,
                                         @ForAll @IntRange(min = 1, max = 30) int behindInNewLine) {
        // A ticket queued at T0 is transferred to service 1 at T0+1h, where others queued before and after.
        CallPolicy policy = new CallPolicy(Duration.ofHours(10));
        List<CallCandidate> line = new ArrayList<>();
        for (int i = 0; i < aheadInNewLine; i++) {
            line.add(new CallCandidate(new UUID(3, i), SERVICES.get(1), PriorityClass.STANDARD,
                    T0.minusSeconds(60L * (i + 1)), false));
        }
        for (int i = 0; i < behindInNewLine; i++) {
            line.add(new CallCandidate(new UUID(4, i), SERVICES.get(1), PriorityClass.STANDARD,
                    T0.plusSeconds(60L * (i + 1)), false));
        }
        CallCandidate transferred = new CallCandidate(new UUID(5, 0), SERVICES.get(1), PriorityClass.STANDARD, T0,
                false);
        line.add(transferred);
        Map<UUID, Integer> weights = Map.of(SERVICES.get(1), 1);
        Instant now = T0.plus(Duration.ofHours(1));
        int position = 0;
        while (true) {
            CallCandidate c = policy.choose(line, weights, now).orElseThrow();
            line.remove(c);
            if (c.equals(transferred)) {
                break;
            }
            position++;
        }
        assertThat(position).isEqualTo(aheadInNewLine);
    }
}
