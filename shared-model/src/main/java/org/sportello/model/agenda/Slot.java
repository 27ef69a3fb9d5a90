package org.sportello.model.agenda;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One appointment's place in a calendar: wall-clock start and end in the office's zone, the instants they
 * name, and the seats still free (always 1 or 0 for a person's calendar).
 */
public record Slot(UUID calendarId, AppointmentKind kind, LocalDateTime start, LocalDateTime end, Instant startsAt,
                   Instant endsAt, int seatsLeft) {

    boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    Slot withSeatsLeft(int seats) {
        return new Slot(calendarId, kind, start, end, startsAt, endsAt, seats);
    }
}
