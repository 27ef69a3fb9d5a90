package org.sportello.devices.voice;

import java.time.Duration;
import javax.sound.sampled.AudioFormat;

/**
 * The simulated announcer's output: plays nothing but takes the real playing time, so a demo or
 * a simulated workstation paces its calls as a real speaker would. Unlike {@link
 * RecordingAudioSink} it keeps nothing, so a simulator left running all day does not grow.
 */
public final class SilentAudioSink implements AudioSink {
    @Override
    public void play(byte[] pcm, AudioFormat format) {
        long frames = pcm.length / format.getFrameSize();
        try {
            Thread.sleep(Duration.ofNanos((long) (frames * 1e9 / format.getFrameRate())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
