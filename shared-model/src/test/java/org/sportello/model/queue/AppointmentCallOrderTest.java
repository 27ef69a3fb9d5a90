package org.sportello.model.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADR 34: appointment tickets in the one call policy. */
class AppointmentCallOrderTest {
    static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");
    static final UUID SERVICE = new UUID(0, 1);
    static final UUID ROSSI = new UUID(9, 1);
    static final UUID BIANCHI = new UUID(9, 2);
    final CallPolicy policy = new CallPolicy(Duration.ofMinutes(30));

    static CallCandidate walkIn(long n, int minutesAgo, PriorityClass p) {
        return new CallCandidate(new UUID(1, n), SERVICE, p, T0.minus(Duration.ofMinutes(minutesAgo)), false);
    }

    static CallCandidate appointment(long n, Instant callFrom) {
        return new CallCandidate(new UUID(2, n), SERVICE, PriorityClass.STANDARD, T0, false, callFrom);
    }

    @Test
    void anAppointmentDueGoesBeforeWalkInsEvenAgedOrPriorityOnes() {
        var aged = walkIn(1, 90, PriorityClass.STANDARD);
        var priority = walkIn(2, 5, PriorityClass.DISABILITY);
        var due = appointment(3, T0.minusSeconds(60));
        assertThat(policy.choose(List.of(aged, priority, due), Map.of(SERVICE, 1), T0)).contains(due);
    }

    @Test
    void anAppointmentIsNotCalledBeforeItsTimeLessTheEarlyMargin() {
        var walkIn = walkIn(1, 2, PriorityClass.STANDARD);
        var notYet = appointment(2, T0.plusSeconds(1));
        assertThat(policy.choose(List.of(walkIn, notYet), Map.of(SERVICE, 1), T0)).contains(walkIn);
        assertThat(policy.choose(List.of(notYet), Map.of(SERVICE, 1), T0)).isEmpty();
        assertThat(policy.choose(List.of(walkIn, notYet), Map.of(SERVICE, 1), T0.plusSeconds(1))).contains(notYet);
    }

    @Test
    void theEarlierAppointmentFirstWhoeverCheckedInFirst() {
        var later = new CallCandidate(new UUID(2, 1), SERVICE, PriorityClass.STANDARD, T0.minusSeconds(600), false,
                T0.minusSeconds(60));
        var earlier = new CallCandidate(new UUID(2, 2), SERVICE, PriorityClass.STANDARD, T0.minusSeconds(10), false,
                T0.minusSeconds(300));
        assertThat(policy.choose(List.of(later, earlier), Map.of(SERVICE, 1), T0)).contains(earlier);
    }

    @Test
    void anAppointmentIsCalledEvenAtACounterThatDoesNotServeItsService() {
        var due = appointment(1, T0);
        assertThat(policy.choose(List.of(due), Map.of(new UUID(0, 99), 1), T0)).contains(due);
    }

    @Test
    void offeredToTheOperatorItIsBookedWithAndToSupervisorsOnlyWhileThatOperatorIsAway() {
        assertThat(CallPolicy.offers(ROSSI, ROSSI, false, Set.of(ROSSI))).isTrue();
        assertThat(CallPolicy.offers(ROSSI, BIANCHI, false, Set.of(BIANCHI))).isFalse();
        assertThat(CallPolicy.offers(ROSSI, BIANCHI, true, Set.of(ROSSI, BIANCHI))).isFalse();
        assertThat(CallPolicy.offers(ROSSI, BIANCHI, true, Set.of(BIANCHI))).isTrue();
    }
}
