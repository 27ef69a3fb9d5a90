package org.sportello.model.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {
    @Test
    void versionVariantAndTimestamp() {
        Instant at = Instant.parse("2026-11-24T09:00:00Z");
        UUID id = UuidV7.next(Clock.fixed(at, ZoneOffset.UTC));
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterMillisecondsSortLater() {
        UUID a = UuidV7.next(Clock.fixed(Instant.ofEpochMilli(1000), ZoneOffset.UTC));
        UUID b = UuidV7.next(Clock.fixed(Instant.ofEpochMilli(1001), ZoneOffset.UTC));
        assertThat(Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits())).isNegative();
    }

    @Test
    void idsFromAStoppedClockStillIncrease() {
        // Later than any clock other tests in this JVM use: ids only count up on the newest clock.
        Clock stopped = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        UUID previous = UuidV7.next(stopped);
        for (int i = 0; i < 10_000; i++) {
            UUID id = UuidV7.next(stopped);
            assertThat(compareUnsigned(previous, id)).as("id %d", i).isNegative();
            previous = id;
        }
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void problemsReadInItalianAndEnglish() {
        SportelloException e = new SportelloException(Problem.COUNTER_PAUSED, 2);
        assertThat(e.getMessage()).isEqualTo("Counter 2 is paused. Resume it before calling.");
        assertThat(e.localizedMessage(java.util.Locale.ITALIAN)).startsWith("Lo sportello 2 è in pausa");
        for (Problem p : Problem.values()) {
            assertThat(new SportelloException(p, "x", "y", "z").localizedMessage(java.util.Locale.ITALIAN))
                    .as("Italian text for %s", p).isNotEqualTo(p.key());
        }
    }
}
