package org.sportello.devices.voice;

import java.util.concurrent.CompletableFuture;
import org.sportello.devices.DeviceStatus;

/**
 * The voice announcer port. {@link #announce} returns at once; announcements play one after the
 * other in the order given, never overlapping and never cut short. The future completes when the
 * announcement has played or failed; it never completes exceptionally for a device fault.
 */
public interface Announcer extends AutoCloseable {
    CompletableFuture<AnnouncementResult> announce(Announcement announcement);

    /** READY after a successful playback, OFFLINE when the audio device is missing or busy, UNKNOWN before. */
    DeviceStatus status();

    @Override
    void close();
}
