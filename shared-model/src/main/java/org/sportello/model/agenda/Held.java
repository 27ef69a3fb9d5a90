package org.sportello.model.agenda;

import java.time.Instant;

/** An appointment already holding a place in a calendar (booked or checked in), as free-slot search sees it. */
public record Held(Instant startsAt, Instant endsAt) {
    public Held {
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("an appointment must end after it starts");
        }
    }
}
