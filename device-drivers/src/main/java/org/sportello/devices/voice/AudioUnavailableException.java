package org.sportello.devices.voice;

/** No audio output could be opened (no sound card, no device, device busy). */
public final class AudioUnavailableException extends Exception {
    public AudioUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
