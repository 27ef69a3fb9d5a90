package org.sportello.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesUpToTheCapAndStartsOverAfterASuccess() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.0);
        assertThat(b.next()).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.next()).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.next()).isEqualTo(Duration.ofSeconds(4));
        assertThat(b.next()).isEqualTo(Duration.ofSeconds(8));
        assertThat(b.next()).isEqualTo(Duration.ofSeconds(10));
        for (int i = 0; i < 100; i++) {
            b.next();
        }
        assertThat(b.next()).as("no overflow after many failures").isEqualTo(Duration.ofSeconds(10));
        b.reset();
        assertThat(b.next()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void jitterTakesOffAtMostHalf() {
        Backoff b = new Backoff(Duration.ofSeconds(4), Duration.ofSeconds(60), () -> 0.999);
        assertThat(b.next()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }
}
