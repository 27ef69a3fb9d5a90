package org.sportello.devices.voice;

import javax.sound.sampled.AudioFormat;

/** Plays PCM and returns when it has been played to the end. */
public interface AudioSink {
    void play(byte[] pcm, AudioFormat format) throws AudioUnavailableException;
}
