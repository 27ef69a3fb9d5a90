package org.sportello.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ToneChimeTest {

    @Test
    void theToneIsTwoAudibleNotesThatNeverClip() {
        byte[] pcm = ToneChime.samples();
        double seconds = pcm.length / 2.0 / ToneChime.SAMPLE_RATE;
        assertThat(seconds).isBetween(0.8, 1.0);
        int peak = 0;
        for (int i = 0; i < pcm.length; i += 2) {
            int s = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            peak = Math.max(peak, Math.abs(s));
        }
        assertThat(peak).isGreaterThan(Short.MAX_VALUE / 4).isLessThan(Short.MAX_VALUE);
        assertThat(ToneChime.format().getSampleRate()).isEqualTo(ToneChime.SAMPLE_RATE);
    }

    @Test
    void playingWithoutASoundDeviceNeitherFailsNorBlocks() throws Exception {
        try (ToneChime chime = new ToneChime()) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                chime.play();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        }
    }
}
