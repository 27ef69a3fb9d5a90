package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PushWindowTest {
    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    private static TreeSet<Long> ids(long... values) {
        TreeSet<Long> s = new TreeSet<>();
        for (long v : values) {
            s.add(v);
        }
        return s;
    }

    @Test
    void aContiguousRunMovesTheCursorToItsEnd() {
        PushWindow w = new PushWindow(10, Duration.ofMinutes(2));
        assertThat(w.acknowledge(ids(11, 12, 13), T0)).isEqualTo(13);
        assertThat(w.holes()).isEmpty();
    }

    @Test
    void aMissingIdHoldsTheCursorUntilItsLateCommitArrives() {
        PushWindow w = new PushWindow(10, Duration.ofMinutes(2));
        assertThat(w.acknowledge(ids(11, 13, 14), T0)).as("12 may still commit").isEqualTo(11);
        assertThat(w.holes()).containsExactly(12L);
        assertThat(w.pushedHigh()).as("13 and 14 are not read again").isEqualTo(14);
        assertThat(w.acknowledge(ids(12, 15), T0.plusSeconds(1))).isEqualTo(15);
        assertThat(w.holes()).isEmpty();
    }

    @Test
    void aHoleThatStaysEmptyPastTheGraceWasARollback() {
        PushWindow w = new PushWindow(0, Duration.ofSeconds(30));
        w.acknowledge(ids(1, 3), T0);
        assertThat(w.acknowledge(ids(), T0.plusSeconds(29))).isEqualTo(1);
        assertThat(w.acknowledge(ids(), T0.plusSeconds(30))).isEqualTo(3);
    }

    @Test
    void anIdentityJumpIsNotTakenForThousandsOfLateCommits() {
        PushWindow w = new PushWindow(0, Duration.ofSeconds(30));
        assertThat(w.acknowledge(ids(1, 1_000_000), T0)).isEqualTo(1_000_000);
        assertThat(w.holes()).isEmpty();
    }
}
