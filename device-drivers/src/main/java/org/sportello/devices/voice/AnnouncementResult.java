package org.sportello.devices.voice;

import java.time.Duration;

/** Whether an announcement was played, how long it was, and otherwise why not. */
public record AnnouncementResult(Announcement announcement, boolean played, Duration length, String detail) {
}
