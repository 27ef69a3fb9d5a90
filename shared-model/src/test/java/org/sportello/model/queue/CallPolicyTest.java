package org.sportello.model.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallPolicyTest {
    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    final CallPolicy policy = new CallPolicy(Duration.ofMinutes(30));

    static CallCandidate ticket(long n, UUID service, PriorityClass p, int minutesAgo) {
        return new CallCandidate(new UUID(1, n), service, p, T0.minus(Duration.ofMinutes(minutesAgo)), false);
    }

    @Test
    void priorityBeatsALongerStandardWait() {
        var standard = ticket(1, A, PriorityClass.STANDARD, 20);
        var priority = ticket(2, A, PriorityClass.ELDERLY, 1);
        assertThat(policy.choose(List.of(standard, priority), Map.of(A, 1), T0)).contains(priority);
    }

    @Test
    void aStandardTicketPastTheAgingLimitCompetesWithPriority() {
        var aged = ticket(1, A, PriorityClass.STANDARD, 31);
        var priority = ticket(2, A, PriorityClass.DISABILITY, 5);
        assertThat(policy.choose(List.of(aged, priority), Map.of(A, 1), T0)).contains(aged);
    }

    @Test
    void agedTicketsGoOldestFirstWhateverTheirWeight() {
        var agedA = ticket(1, A, PriorityClass.STANDARD, 50);
        var agedB = ticket(2, B, PriorityClass.PREGNANCY, 40);
        assertThat(policy.choose(List.of(agedA, agedB), Map.of(A, 1, B, 5), T0)).contains(agedA);
    }

    @Test
    void weightsScaleTheWait() {
        var a = ticket(1, A, PriorityClass.STANDARD, 10);
        var b = ticket(2, B, PriorityClass.STANDARD, 6);
        assertThat(policy.choose(List.of(a, b), Map.of(A, 1, B, 1), T0)).contains(a);
        // With weight 2, six minutes of B weigh like twelve.
        assertThat(policy.choose(List.of(a, b), Map.of(A, 1, B, 2), T0)).contains(b);
    }

    @Test
    void servicesTheCounterDoesNotServeAreIgnoredUnlessTransferredHere() {
        var b = ticket(1, B, PriorityClass.STANDARD, 10);
        assertThat(policy.choose(List.of(b), Map.of(A, 1), T0)).isEmpty();
        var targeted = new CallCandidate(b.ticketId(), B, PriorityClass.STANDARD, b.queuedSince(), true);
        assertThat(policy.choose(List.of(targeted), Map.of(A, 1), T0)).contains(targeted);
    }

    @Test
    void nothingWaitingChoosesNothing() {
        assertThat(policy.choose(List.of(), Map.of(A, 1), T0)).isEmpty();
    }
}
