package org.sportello.devices.voice;

import java.util.Objects;

/** "Numero A 0 2 3, sportello 5": a ticket code called to a counter, in one language. */
public record Announcement(String ticketCode, String counter, AnnouncementLanguage language) {
    public Announcement {
        Objects.requireNonNull(ticketCode, "ticketCode");
        Objects.requireNonNull(counter, "counter");
        Objects.requireNonNull(language, "language");
    }
}
