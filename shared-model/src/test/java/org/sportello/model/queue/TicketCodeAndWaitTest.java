package org.sportello.model.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketCodeAndWaitTest {
    @Test
    void codesArePaddedToThreeDigits() {
        assertThat(TicketCode.format("A", 1)).isEqualTo("A001");
        assertThat(TicketCode.format("B", 14)).isEqualTo("B014");
        assertThat(TicketCode.format("C", 1234)).isEqualTo("C1234");
        assertThat(TicketCode.spelled("A023")).isEqualTo("A 0 2 3");
        assertThatThrownBy(() -> TicketCode.format("A", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waitIsSharedAmongOpenCounters() {
        assertThat(WaitEstimator.estimate(6, 3, Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(20));
        assertThat(WaitEstimator.estimate(0, 3, Duration.ofMinutes(10))).isZero();
        // No counter open yet: assume one rather than promise nothing.
        assertThat(WaitEstimator.estimate(2, 0, Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(20));
    }

    @Test
    void averageVisitFallsBackToTheServiceDefault() {
        assertThat(WaitEstimator.averageVisit(List.of(), Duration.ofMinutes(8))).isEqualTo(Duration.ofMinutes(8));
        assertThat(WaitEstimator.averageVisit(List.of(Duration.ofMinutes(4), Duration.ofMinutes(6)),
                Duration.ofMinutes(8))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void minutesRoundUp() {
        assertThat(WaitEstimator.minutesToShow(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(WaitEstimator.minutesToShow(Duration.ZERO)).isZero();
    }
}
