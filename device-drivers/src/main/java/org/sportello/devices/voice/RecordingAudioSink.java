package org.sportello.devices.voice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;

/**
 * Keeps what would have been played, with start and end times, and takes (a fraction of) the real
 * playing time, so tests and the demo see the same sequencing as a real speaker.
 */
public final class RecordingAudioSink implements AudioSink {
    /** One playback: the PCM and when it started and ended (System.nanoTime()). */
    public record Playback(byte[] pcm, long startNanos, long endNanos) {
    }

    private final double timeScale;
    private final List<Playback> playbacks = new ArrayList<>();

    /** @param timeScale 1.0 plays in real time, 0.05 twenty times faster, 0 does not wait */
    public RecordingAudioSink(double timeScale) {
        this.timeScale = timeScale;
    }

    @Override
    public void play(byte[] pcm, AudioFormat format) {
        long start = System.nanoTime();
        long frames = pcm.length / format.getFrameSize();
        long nanos = (long) (frames * 1e9 / format.getFrameRate() * timeScale);
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (playbacks) {
            playbacks.add(new Playback(pcm, start, System.nanoTime()));
        }
    }

    public List<Playback> playbacks() {
        synchronized (playbacks) {
            return new ArrayList<>(playbacks);
        }
    }
}
