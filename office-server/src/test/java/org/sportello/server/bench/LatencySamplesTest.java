package org.sportello.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySamplesTest {
    @Test
    void nearestRankPercentilesOverMergedSamples() {
        LatencySamples odd = new LatencySamples();
        LatencySamples even = new LatencySamples();
        // 1..2000 ms spread over two threads' recorders, out of order.
        for (int ms = 2000; ms >= 1; ms--) {
            (ms % 2 == 0 ? even : odd).add(Duration.ofMillis(ms).toNanos());
        }
        LatencySamples.Summary s = LatencySamples.merge(List.of(odd, even)).summary();
        assertThat(s.count()).isEqualTo(2000);
        assertThat(s.p50()).isEqualTo(Duration.ofMillis(1000));
        assertThat(s.p95()).isEqualTo(Duration.ofMillis(1900));
        assertThat(s.p99()).isEqualTo(Duration.ofMillis(1980));
        assertThat(s.max()).isEqualTo(Duration.ofMillis(2000));
    }

    @Test
    void oneSampleIsEveryPercentileAndNoneIsZero() {
        LatencySamples one = new LatencySamples();
        one.add(7);
        assertThat(one.summary().p50()).isEqualTo(Duration.ofNanos(7));
        assertThat(one.summary().p99()).isEqualTo(Duration.ofNanos(7));
        LatencySamples.Summary none = new LatencySamples().summary();
        assertThat(none.count()).isZero();
        assertThat(none.p95()).isEqualTo(Duration.ZERO);
    }
}
