package org.sportello.devices.voice;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/**
 * Plays through javax.sound.sampled's default output. A kiosk without a sound card or with the
 * device held by another program gets {@link AudioUnavailableException}, which the announcer
 * turns into an OFFLINE status.
 */
public final class JavaSoundSink implements AudioSink {
    @Override
    public void play(byte[] pcm, AudioFormat format) throws AudioUnavailableException {
        SourceDataLine line;
        try {
            line = AudioSystem.getSourceDataLine(format);
            line.open(format);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new AudioUnavailableException("no audio output: " + e.getMessage(), e);
        }
        try {
            line.start();
            line.write(pcm, 0, pcm.length);
            line.drain(); // returns when the last sample has been played: no cut-off by the next one
        } finally {
            line.close();
        }
    }
}
